import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getNavigation } from "@/lib/content";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.siteUrl),
  title: { default: site.siteName, template: `%s | ${site.siteName}` },
  description: "Plain-language, referenced information about magnesium and magnesium infusions.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const navigation = await getNavigation();
  return (
    <html lang="en-US">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader links={navigation.header} />
        <main id="main" tabIndex={-1} className="container py-6 sm:py-10" data-pagefind-body="">
          {children}
        </main>
        <SiteFooter links={navigation.footer} />
      </body>
    </html>
  );
}

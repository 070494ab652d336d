import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getNavigation } from "@/lib/content";
import { htmlLang, type Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** The document every page sits in, in one language: <html lang>, skip link, menu, main and footer. */
export async function SiteFrame({ lang, children }: { lang: Lang; children: ReactNode }) {
  const navigation = await getNavigation(lang);
  return (
    <html lang={htmlLang[lang]}>
      <body>
        <a href="#main" className="skip-link">
          {t(lang).frame.skipLink}
        </a>
        <SiteHeader links={navigation.header} lang={lang} />
        <main id="main" tabIndex={-1} className="container py-6 sm:py-10" data-pagefind-body="">
          {children}
        </main>
        <SiteFooter links={navigation.footer} lang={lang} />
      </body>
    </html>
  );
}

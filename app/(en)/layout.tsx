import type { ReactNode } from "react";
import { layoutMetadata } from "@/app/_views/layout";
import { SiteFrame } from "@/components/site-frame";

export const metadata = layoutMetadata("en");

/** Every English page: <html lang="en-US">, the menu and footer in English. */
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteFrame lang="en">{children}</SiteFrame>;
}

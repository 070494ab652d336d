import type { ReactNode } from "react";
import { layoutMetadata } from "@/app/_views/layout";
import { SiteFrame } from "@/components/site-frame";

export const metadata = layoutMetadata("es");

/** Every Spanish page: <html lang="es">, the menu and footer in Spanish. */
export default function Layout({ children }: { children: ReactNode }) {
  return <SiteFrame lang="es">{children}</SiteFrame>;
}

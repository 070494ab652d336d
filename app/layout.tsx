import type { Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The root layout passes its page through: each language's layout (app/(en)/layout.tsx,
 * app/es/layout.tsx) draws the document, so every page has <html lang> in its own language.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}

import type { Metadata } from "next";
import { getContent } from "@/lib/content";
import { languageAlternates } from "@/lib/i18n/alternates";
import { type Lang, localize } from "@/lib/i18n/lang";

const ogLocale: Record<Lang, string> = { en: "en_US", es: "es_US" };

/**
 * A page's metadata with its address in its language: the canonical URL, and the hreflang alternates
 * (every language it exists in, and x-default → English) from the same map as the sitemap.
 */
export async function withAlternates(lang: Lang, path: string, metadata: Metadata): Promise<Metadata> {
  const languages = languageAlternates(await getContent(), path);
  return {
    ...metadata,
    alternates: { canonical: localize(path, lang), ...(languages && { languages }) },
    ...(metadata.openGraph && { openGraph: { ...metadata.openGraph, locale: ogLocale[lang] } }),
  };
}

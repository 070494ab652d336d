import type { Content } from "@/lib/content/types";
import { pageLangs } from "@/lib/routes";
import { defaultLang, hrefLang, localize } from "./lang";

/**
 * The hreflang alternates of a page (its path without language prefix): every language it exists in,
 * itself included, and x-default → English. Null when it exists in one language only. The same map
 * feeds each page's <link rel="alternate"> tags and the sitemap, so the pairs are always reciprocal.
 */
export function languageAlternates(content: Pick<Content, "editions">, path: string, base = ""): Record<string, string> | null {
  const available = pageLangs(content, path);
  if (available.length < 2) return null;
  return {
    ...Object.fromEntries(available.map((l) => [hrefLang[l], `${base}${localize(path, l)}`])),
    "x-default": `${base}${localize(path, defaultLang)}`,
  };
}

// The site's languages, and how a page's path differs between them. English keeps the root; each other
// language mirrors it under its own prefix with the same slugs and section ids (as MedlinePlus does with
// /spanish/), so a page and its translation are always one prefix apart.

export const langs = ["en", "es"] as const;
export type Lang = (typeof langs)[number];

/** The language the site falls back to (`x-default`), whose paths carry no prefix. */
export const defaultLang: Lang = "en";

/** The `lang` attribute of each edition's pages (Pagefind builds one index per value). */
export const htmlLang: Record<Lang, string> = { en: "en-US", es: "es" };

/** `hreflang` values of the alternates in each page and in the sitemap. */
export const hrefLang: Record<Lang, string> = { en: "en", es: "es" };

const prefixes: Record<Lang, string> = { en: "", es: "/es" };

/** The path of a page in a language: `localize("/articles/x#y", "es")` is "/es/articles/x#y", and "/" is "/es". */
export function localize(path: string, lang: Lang): string {
  const prefix = prefixes[lang];
  if (!prefix) return path;
  if (path === "/") return prefix;
  if (path.startsWith("/#") || path.startsWith("/?")) return `${prefix}${path.slice(1)}`;
  return `${prefix}${path}`;
}

/** Which language a site path belongs to, and the path without its prefix ("/es/glossary" → es, "/glossary"). */
export function splitLang(path: string): { lang: Lang; path: string } {
  for (const lang of langs) {
    const prefix = prefixes[lang];
    if (!prefix) continue;
    if (path === prefix) return { lang, path: "/" };
    if (path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}#`) || path.startsWith(`${prefix}?`)) {
      const rest = path.slice(prefix.length);
      return { lang, path: rest.startsWith("/") ? rest : `/${rest}` };
    }
  }
  return { lang: defaultLang, path };
}

/**
 * Each language's "page not found" file, for the hosts: a missing address under a language's prefix gets
 * that language's page (with status 404); longest prefix first, English ("/") last.
 */
export const notFoundPages: readonly { prefix: string; file: string }[] = langs
  .map((lang) => ({ prefix: prefixes[lang] ? `${prefixes[lang]}/` : "/", file: `${prefixes[lang]}/404.html` }))
  .sort((a, b) => b.prefix.length - a.prefix.length);

// One formatter per language: toLocaleDateString builds a new one on every call, which a build of a
// thousand articles (several dates on each page) pays for thousands of times.
const longDates = new Map<Lang, Intl.DateTimeFormat>();

/** Long dates as each language writes them: "December 1, 2026" / "1 de diciembre de 2026". */
export function formatDate(iso: string, lang: Lang): string {
  let format = longDates.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(htmlLang[lang], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    longDates.set(lang, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

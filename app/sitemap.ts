import type { MetadataRoute } from "next";
import { getContent } from "@/lib/content";
import { lastChanged } from "@/lib/content/changes";
import type { Edition } from "@/lib/content/types";
import { languageAlternates } from "@/lib/i18n/alternates";
import { editionPaths } from "@/lib/routes";
import { site } from "@/lib/site";
import { localize } from "@/lib/i18n/lang";

// A file in the static export: written once at build time.
export const dynamic = "force-static";

/**
 * Every public page in every language, each with its alternates in the other languages (hreflang, and
 * x-default → English). Articles carry the date they last changed for readers (their change log);
 * /share is for staff and stays out, as do untranslated pages.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const content = await getContent();
  return (Object.values(content.editions) as Edition[]).flatMap((edition) => {
    const { articles, pages } = edition;
    const newest = articles
      .map((a) => lastChanged(a.frontmatter))
      .sort()
      .at(-1);
    // Change dates where a page has them; hubs and the home page change when any article does.
    const lastModified = new Map<string, string | undefined>([
      ["/", newest],
      ...articles.map((a) => [`/articles/${a.slug}`, lastChanged(a.frontmatter)] as const),
      ...pages.map((p) => [`/${p.slug}`, p.frontmatter.lastUpdated] as const),
    ]);
    return editionPaths(edition).map((path) => {
      const languages = languageAlternates(content, path, site.siteUrl);
      return {
        url: `${site.siteUrl}${localize(path, edition.lang)}`,
        lastModified: lastModified.get(path) ?? (path.startsWith("/topics/") ? newest : undefined),
        ...(languages && { alternates: { languages } }),
      };
    });
  });
}

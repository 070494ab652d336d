import type { MetadataRoute } from "next";
import { getArticles, getGlossary, getPages } from "@/lib/content";
import { lastChanged } from "@/lib/content/changes";
import { publicPaths } from "@/lib/routes";
import { site } from "@/lib/site";

// A file in the static export: written once at build time.
export const dynamic = "force-static";

/** Every public page. Articles carry the date they last changed for readers (their change log); /share is for staff and stays out. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, glossary, pages] = await Promise.all([getArticles(), getGlossary(), getPages()]);
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
  return publicPaths({ articles, glossary, pages }).map((path) => ({
    url: `${site.siteUrl}${path}`,
    lastModified: lastModified.get(path) ?? (path.startsWith("/topics/") ? newest : undefined),
  }));
}

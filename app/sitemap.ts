import type { MetadataRoute } from "next";
import { getArticles, getGlossary, getPages } from "@/lib/content";
import { topics } from "@/lib/content/schema";
import { site } from "@/lib/site";

// A file in the static export: written once at build time.
export const dynamic = "force-static";

/** Every public page. Articles carry their review date; /share is for staff and stays out. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, glossary, pages] = await Promise.all([getArticles(), getGlossary(), getPages()]);
  const newest = articles.map((a) => a.frontmatter.lastReviewed).sort().at(-1);
  const url = (path: string) => `${site.siteUrl}${path}`;
  return [
    { url: url("/"), lastModified: newest },
    ...Object.keys(topics).map((t) => ({ url: url(`/topics/${t}`), lastModified: newest })),
    ...articles.map((a) => ({ url: url(`/articles/${a.slug}`), lastModified: a.frontmatter.lastReviewed })),
    { url: url("/glossary") },
    ...glossary.map((g) => ({ url: url(`/glossary/${g.id}`) })),
    ...pages.map((p) => ({ url: url(`/${p.slug}`), lastModified: p.frontmatter.lastUpdated })),
    { url: url("/search") },
  ];
}

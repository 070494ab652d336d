import type { Metadata } from "next";
import { SiteSearch } from "@/components/search/site-search";
import { getArticles, getGlossary, getPages } from "@/lib/content";

export const metadata: Metadata = {
  title: "Search",
  description:
    "Search every article, glossary word and page on this site. The search runs in your browser: what you type is not sent anywhere.",
  alternates: { canonical: "/search" },
  // The search page lists every page; it is no search result itself (lib/build/static-site.ts reads this).
  other: { "search-index": "none" },
};

export default async function SearchPage() {
  const [articles, glossary, pages] = await Promise.all([getArticles(), getGlossary(), getPages()]);
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Search</h1>
      <SiteSearch>
        <section aria-labelledby="all-pages" className="mt-6 max-w-2xl">
          <h2 id="all-pages" className="text-2xl font-bold">
            Every page on this site
          </h2>
          <h3 className="mt-4 text-xl font-bold">Articles</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {articles.map((a) => (
              <li key={a.slug}>
                <a href={`/articles/${a.slug}`}>{a.frontmatter.title}</a>
              </li>
            ))}
          </ul>
          <h3 className="mt-6 text-xl font-bold">Medical words</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {[...glossary]
              .sort((a, b) => a.frontmatter.term.localeCompare(b.frontmatter.term))
              .map((g) => (
                <li key={g.id}>
                  <a href={`/glossary/${g.id}`}>{g.frontmatter.term}</a>
                </li>
              ))}
          </ul>
          <h3 className="mt-6 text-xl font-bold">About this site</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {pages.map((p) => (
              <li key={p.slug}>
                <a href={`/${p.slug}`}>{p.frontmatter.title}</a>
              </li>
            ))}
          </ul>
        </section>
      </SiteSearch>
    </>
  );
}

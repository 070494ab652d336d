import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { SiteSearch } from "@/components/search/site-search";
import { getArticles, getGlossary, getPages } from "@/lib/content";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { withAlternates } from "./meta";

/** Search, in the browser, over this language's Pagefind index; without JavaScript, every page listed. */
export function searchView(lang: Lang) {
  const m = t(lang).search;
  const generateMetadata = (): Promise<Metadata> =>
    withAlternates(lang, "/search", {
      title: m.title,
      description: m.description,
      // The search page lists every page; it is no search result itself (lib/build/static-site.ts reads this).
      other: { "search-index": "none" },
    });
  async function SearchPage() {
    const [articles, glossary, pages] = await Promise.all([getArticles(lang), getGlossary(lang), getPages(lang)]);
    return (
      <>
        <LanguageSwitch lang={lang} path="/search" />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{m.title}</h1>
        <SiteSearch lang={lang}>
          <section aria-labelledby="all-pages" className="mt-6 max-w-2xl">
            <h2 id="all-pages" className="text-2xl font-bold">
              {m.everyPage}
            </h2>
            <h3 className="mt-4 text-xl font-bold">{m.articles}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {articles.map((a) => (
                <li key={a.slug}>
                  <a href={localize(`/articles/${a.slug}`, lang)}>{a.frontmatter.title}</a>
                </li>
              ))}
            </ul>
            <h3 className="mt-6 text-xl font-bold">{m.words}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {[...glossary]
                .sort((a, b) => a.frontmatter.term.localeCompare(b.frontmatter.term, lang))
                .map((g) => (
                  <li key={g.id}>
                    <a href={localize(`/glossary/${g.id}`, lang)}>{g.frontmatter.term}</a>
                  </li>
                ))}
            </ul>
            <h3 className="mt-6 text-xl font-bold">{m.about}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {pages.map((p) => (
                <li key={p.slug}>
                  <a href={localize(`/${p.slug}`, lang)}>{p.frontmatter.title}</a>
                </li>
              ))}
            </ul>
          </section>
        </SiteSearch>
      </>
    );
  }
  return { generateMetadata, Page: SearchPage };
}

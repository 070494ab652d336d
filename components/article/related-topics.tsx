import type { Article } from "@/lib/content";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** "Related topics": the article's own related list, then articles that share its glossary terms. */
export function RelatedTopics({ articles, lang }: { articles: Article[]; lang: Lang }) {
  if (articles.length === 0) return null;
  return (
    <nav aria-labelledby="related" className="mt-10" data-pagefind-ignore="">
      <h2 id="related" className="text-xl font-bold">
        {t(lang).article.related}
      </h2>
      <ul className="mt-3 space-y-3">
        {articles.map((a) => (
          <li key={a.slug}>
            <a href={localize(`/articles/${a.slug}`, lang)} className="font-semibold">
              {a.frontmatter.title}
            </a>
            <p className="text-base">{a.frontmatter.summary}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}

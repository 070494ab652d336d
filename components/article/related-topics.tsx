import type { Article } from "@/lib/content";

/** "Related topics": the article's own related list, then articles that share its glossary terms. */
export function RelatedTopics({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <nav aria-labelledby="related" className="mt-10" data-pagefind-ignore="">
      <h2 id="related" className="text-xl font-bold">
        Related topics
      </h2>
      <ul className="mt-3 space-y-3">
        {articles.map((a) => (
          <li key={a.slug}>
            <a href={`/articles/${a.slug}`} className="font-semibold">
              {a.frontmatter.title}
            </a>
            <p className="text-base">{a.frontmatter.summary}</p>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { Article } from "@/lib/content";
import { topics } from "@/lib/content/schema";

/** Previous and next article within the same topic hub. */
export function PrevNext({ article, hub }: { article: Article; hub: Article[] }) {
  const i = hub.findIndex((a) => a.slug === article.slug);
  const prev = i > 0 ? hub[i - 1] : undefined;
  const next = i >= 0 && i < hub.length - 1 ? hub[i + 1] : undefined;
  if (!prev && !next) return null;
  return (
    <nav aria-label={`More in ${topics[article.frontmatter.topic].label}`} className="prev-next mt-10 print-hide" data-pagefind-ignore="">
      <ul className="grid gap-4 sm:grid-cols-2">
        {prev && (
          <li className="card">
            <span className="block text-sm font-semibold text-[color:var(--color-muted)]">Previous</span>
            <a href={`/articles/${prev.slug}`} rel="prev" className="font-semibold">
              {prev.frontmatter.title}
            </a>
          </li>
        )}
        {next && (
          <li className="card sm:col-start-2 sm:text-right">
            <span className="block text-sm font-semibold text-[color:var(--color-muted)]">Next</span>
            <a href={`/articles/${next.slug}`} rel="next" className="font-semibold">
              {next.frontmatter.title}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

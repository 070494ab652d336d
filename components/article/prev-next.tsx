import type { Article } from "@/lib/content";
import type { TopicText } from "@/lib/content/types";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** Previous and next article within the same topic hub. */
export function PrevNext({ article, hub, topic, lang }: { article: Article; hub: Article[]; topic: TopicText; lang: Lang }) {
  const m = t(lang).article;
  const i = hub.findIndex((a) => a.slug === article.slug);
  const prev = i > 0 ? hub[i - 1] : undefined;
  const next = i >= 0 && i < hub.length - 1 ? hub[i + 1] : undefined;
  if (!prev && !next) return null;
  return (
    <nav aria-label={m.moreIn(topic.label)} className="prev-next mt-10 print-hide" data-pagefind-ignore="">
      <ul className="grid gap-4 sm:grid-cols-2">
        {prev && (
          <li className="card">
            <span className="block text-sm font-semibold text-[color:var(--color-muted)]">{m.previous}</span>
            <a href={localize(`/articles/${prev.slug}`, lang)} rel="prev" className="font-semibold">
              {prev.frontmatter.title}
            </a>
          </li>
        )}
        {next && (
          <li className="card sm:col-start-2 sm:text-right">
            <span className="block text-sm font-semibold text-[color:var(--color-muted)]">{m.next}</span>
            <a href={localize(`/articles/${next.slug}`, lang)} rel="next" className="font-semibold">
              {next.frontmatter.title}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

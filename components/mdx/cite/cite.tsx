import type { Source } from "@/lib/content/schema";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** A numbered reference to one of the article's sources; numbers follow the frontmatter order. */
export function Cite({ id, sources, lang }: { id: string; sources: Source[]; lang: Lang }) {
  const n = sources.findIndex((s) => s.id === id) + 1;
  return (
    <sup className="cite" data-pagefind-ignore="">
      <a href={`#ref-${id}`} aria-label={t(lang).mdx.reference(n)}>
        [{n}]
      </a>
    </sup>
  );
}

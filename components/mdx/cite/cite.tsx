import type { Source } from "@/lib/content/schema";

/** A numbered reference to one of the article's sources; numbers follow the frontmatter order. */
export function Cite({ id, sources }: { id: string; sources: Source[] }) {
  const n = sources.findIndex((s) => s.id === id) + 1;
  return (
    <sup className="cite" data-pagefind-ignore="">
      <a href={`#ref-${id}`} aria-label={`Reference ${n}`}>
        [{n}]
      </a>
    </sup>
  );
}

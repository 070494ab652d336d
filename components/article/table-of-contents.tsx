import type { SectionHeading } from "@/lib/content/types";

/** Sections of a long article; short articles (fewer than 4 sections) do without. */
export function TableOfContents({ headings }: { headings: SectionHeading[] }) {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length < 4) return null;
  return (
    <nav aria-labelledby="contents" className="toc card mt-6 max-w-2xl print-hide" data-pagefind-ignore="">
      <h2 id="contents" className="text-lg font-bold">
        On this page
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sections.map((h) => (
          <li key={h.id}>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import type { SectionHeading } from "@/lib/content/types";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** Sections of a long article; short articles (fewer than 4 sections) do without. */
export function TableOfContents({ headings, lang }: { headings: SectionHeading[]; lang: Lang }) {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length < 4) return null;
  return (
    <nav aria-labelledby="contents" className="toc card mt-6 max-w-2xl print-hide" data-pagefind-ignore="">
      <h2 id="contents" className="text-lg font-bold">
        {t(lang).article.onThisPage}
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

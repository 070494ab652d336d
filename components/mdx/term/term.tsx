import { useId, type ReactNode } from "react";
import type { GlossaryFrontmatter } from "@/lib/content/schema";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * A glossary word whose definition opens in place. The native popover needs no JavaScript, works by
 * keyboard, touch and screen reader, and the term's page is one link away.
 */
export function Term({ id, entry, lang, children }: { id: string; entry: GlossaryFrontmatter; lang: Lang; children?: ReactNode }) {
  const popoverId = `def-${id}-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  return (
    <span className="term">
      <button type="button" popoverTarget={popoverId} className="term-button">
        {children}
      </button>
      <span id={popoverId} popover="auto" className="term-popover" data-pagefind-ignore="">
        <strong>{entry.term}:</strong> {entry.definition}{" "}
        <a href={localize(`/glossary/${id}`, lang)}>{t(lang).mdx.moreAbout(entry.term.replace(/ \(.*\)$/, ""))}</a>
      </span>
    </span>
  );
}

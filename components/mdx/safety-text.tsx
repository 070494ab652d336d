import type { ReactNode } from "react";
import { Cite } from "./cite/cite";
import { Term } from "./term/term";
import { glossaryMark } from "@/lib/content/safety";
import type { GlossaryFrontmatter, Source } from "@/lib/content/schema";
import type { Lang } from "@/lib/i18n/lang";

/** What safety text needs to render its glossary words and citation marks. */
export interface SafetyContext {
  terms: ReadonlyMap<string, GlossaryFrontmatter>;
  references: Source[];
  /** The page's language: the words components add, and where their links go. */
  lang: Lang;
}

/** Safety text with its `[words](glossary:id)` marks shown as glossary pop-ups. */
export function SafetyText({ text, ctx }: { text: string; ctx: SafetyContext }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(glossaryMark)) {
    parts.push(text.slice(last, match.index));
    const [, words, id] = match;
    const entry = ctx.terms.get(id!);
    parts.push(
      entry ? (
        <Term key={match.index} id={id!} entry={entry} lang={ctx.lang}>
          {words}
        </Term>
      ) : (
        words
      ),
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

/** The citation marks of one safety item, numbered in the page's reference list. */
export function SafetyCites({ sources, ctx }: { sources: string[]; ctx: SafetyContext }) {
  return (
    <>
      {sources.map((id) => (
        <Cite key={id} id={id} sources={ctx.references} lang={ctx.lang} />
      ))}
    </>
  );
}

import type { DocumentFacts, SharedData } from "./types";
import { safetySourcesOf } from "./safety";
import type { Source } from "./schema";

/**
 * A page's numbered references: the document's own sources in frontmatter order, then the shared
 * sources it cites by id or shows through safety components and figures, in order of first use. <Cite> numbers
 * and the reference list both come from this one list.
 */
export function pageReferences(doc: { frontmatter: { sources: Source[] }; facts: DocumentFacts }, data: SharedData): Source[] {
  const shared = new Map(data.sources.map((s) => [s.id, s]));
  const own = doc.frontmatter.sources;
  const ids = [
    ...doc.facts.cites.filter((id) => shared.has(id)),
    ...doc.facts.safety.flatMap((use) => safetySourcesOf(data, use)),
    ...doc.facts.figures.flatMap((id) => data.figures.find((f) => f.id === id)?.sources ?? []),
  ];
  const extra = [...new Set(ids)].filter((id) => !own.some((s) => s.id === id)).map((id) => shared.get(id)!);
  return [...own, ...extra];
}

import { createHash } from "node:crypto";
import type { DocumentFacts, ReviewState, SharedData } from "./types";
import type { GlossaryFrontmatter, Reviewer, SignOff } from "./schema";

/** What the hash of a document covers. */
export interface ReviewInput {
  /** sha256 of the document's source file. */
  sourceHash: string;
  facts: DocumentFacts;
}

/** The shared data a document shows (safety groups, lists, figures) and the definitions of the words it marks. */
export function shownData(facts: DocumentFacts, safety: SharedData, glossary: ReadonlyMap<string, GlossaryFrontmatter>) {
  const shown = [
    ...facts.safety.map((use) =>
      use.component === "SafetyList" ? safety.lists.find((l) => l.id === use.id) : safety.groups.find((g) => g.id === use.id),
    ),
    ...facts.figures.map((id) => safety.figures.find((f) => f.id === id)),
  ];
  const terms = facts.terms.map((id) => [id, glossary.get(id)?.definition ?? null]);
  return { shown, terms };
}

/**
 * A hash of everything a reader of the page sees that a reviewer vouches for: the file itself, the
 * safety groups and lists it shows, its references, and the definitions of the glossary words it marks.
 * Editing any of them changes the hash, so the page stops showing the sign-off.
 */
export function reviewHash(
  doc: ReviewInput,
  references: readonly unknown[],
  safety: SharedData,
  glossary: ReadonlyMap<string, GlossaryFrontmatter>,
): string {
  const { shown, terms } = shownData(doc.facts, safety, glossary);
  const material = JSON.stringify({ source: doc.sourceHash, shown, references, terms });
  return `sha256:${createHash("sha256").update(material).digest("hex")}`;
}

/** The state of one document, given the recorded sign-offs. */
export function reviewState(document: string, hash: string, signOffs: SignOff[], reviewers: Reviewer[]): ReviewState {
  const signOff = signOffs.find((s) => s.document === document);
  const reviewer = signOff && reviewers.find((r) => r.id === signOff.reviewer);
  if (!signOff || !reviewer?.name) return { status: "not-signed" };
  return { status: signOff.hash === hash ? "signed" : "changed", reviewer, date: signOff.date };
}

/** The sign-off list after `reviewer` signs `documents` today: one entry per document, the newest wins. */
export function addSignOffs(existing: SignOff[], reviewer: string, documents: { id: string; hash: string }[], date: string): SignOff[] {
  const signed = new Set(documents.map((d) => d.id));
  return [
    ...existing.filter((s) => !signed.has(s.document)),
    ...documents.map((d) => ({ document: d.id, reviewer, date, hash: d.hash })),
  ].sort((a, b) => a.document.localeCompare(b.document));
}

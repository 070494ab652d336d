// An article's change log, and the record of what each published article said, so that a change in
// content cannot go out without an entry readers can see ("What changed", "Updated since you were sent this").
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { readJson } from "./files";
import { splitFrontmatter } from "./frontmatter";
import type { Problem } from "./problems";
import { shownData } from "./review";
import type { ArticleFrontmatter, ChangeEntry, GlossaryFrontmatter } from "./schema";
import type { Article, DocumentFacts, SharedData } from "./types";

/** Frontmatter fields that are about the page, not what it says: editing them is not a change for readers. */
const notContent = new Set<string>([
  "lang",
  "basedOn",
  "lastReviewed",
  "nextReviewDue",
  "reviewer",
  "changes",
  "order",
  "related",
  "draft",
  "formerSlugs",
  "formerAnchors",
]);

/**
 * A hash of what a reader of the article reads: its body and wording fields, the safety data and figures it
 * shows, its references and the definitions of the words it marks. Review dates and the change log are left out.
 */
export function contentHash(
  doc: { frontmatter: ArticleFrontmatter; facts: DocumentFacts },
  source: string,
  references: readonly unknown[],
  shared: SharedData,
  glossary: ReadonlyMap<string, GlossaryFrontmatter>,
): string {
  const wording = Object.fromEntries(Object.entries(doc.frontmatter).filter(([key]) => !notContent.has(key)));
  const body = splitFrontmatter(source)?.body ?? source;
  const material = JSON.stringify({ wording, body, references, ...shownData(doc.facts, shared, glossary) });
  return `sha256:${createHash("sha256").update(material).digest("hex")}`;
}

/** The entries readers see, newest first (cosmetic edits are left out). */
export const visibleChanges = (fm: Pick<ArticleFrontmatter, "changes">): ChangeEntry[] =>
  fm.changes.filter((c) => !c.cosmetic).sort((a, b) => b.date.localeCompare(a.date));

/** The day the article last changed for readers: the sitemap's lastmod and the JSON-LD dateModified. */
export const lastChanged = (fm: Pick<ArticleFrontmatter, "changes" | "lastReviewed">): string =>
  visibleChanges(fm)[0]?.date ?? fm.lastReviewed;

/** The day the article was first published: its oldest entry. */
export const firstPublished = (fm: Pick<ArticleFrontmatter, "changes">): string =>
  fm.changes.reduce((first, c) => (c.date < first ? c.date : first), fm.changes[0]!.date);

/** An entry's section ids as the article has them now: a renamed section answers to its new id. */
export const currentSections = (fm: Pick<ArticleFrontmatter, "formerAnchors">, ids: string[]): string[] =>
  ids.map((id) => fm.formerAnchors[id] ?? id);

/** The 1-based line of the i-th entry under `changes:` in a frontmatter file. */
function entryLine(file: string, i: number): number | undefined {
  const lines = readFileSync(file, "utf8").split("\n");
  const start = lines.findIndex((l) => l.startsWith("changes:"));
  if (start < 0) return undefined;
  let seen = -1;
  for (let n = start + 1; n < lines.length && /^\s/.test(lines[n] ?? ""); n++) {
    if (/^\s*- /.test(lines[n]!) && ++seen === i) return n + 1;
  }
  return start + 1;
}

/** Change entries must name sections the article has (or had, via formerAnchors) and must not be in the future. */
export function changeLogProblems(article: Pick<Article, "file" | "frontmatter" | "facts">, today: string): Problem[] {
  const ids = new Set([...article.facts.headings.map((h) => h.id), ...Object.keys(article.frontmatter.formerAnchors)]);
  const problems: Problem[] = [];
  article.frontmatter.changes.forEach((entry, i) => {
    const at = (field: string, message: string) =>
      problems.push({ file: article.file, line: entryLine(article.file, i), field: `changes[${i}].${field}`, message });
    if (entry.date > today) at("date", `${entry.date} is in the future (today is ${today}): date an entry the day it is published`);
    entry.sections.forEach((id, j) => {
      if (!ids.has(id))
        at(`sections[${j}]`, `no section "${id}" in this article: expected one of its heading ids (${[...ids].join(", ")})`);
    });
  });
  return problems;
}

/** content/published-content.json: for each published article, the hash of what it said and how many change entries it had. */
export const publishRecordSchema = z.record(
  z.string().regex(/^([a-z]{2}\/)?articles\/[a-z0-9-]+$/, "expected articles/<slug> or <lang>/articles/<slug>"),
  z.strictObject({ hash: z.string().regex(/^sha256:[0-9a-f]{64}$/), changes: z.number().int().min(0) }),
);
export type PublishRecord = z.infer<typeof publishRecordSchema>;

/** The record as it is now: what `npm run urls:update` writes. Entries for articles no longer published are kept. */
export function recordNow(
  previous: PublishRecord,
  articles: Pick<Article, "slug" | "contentHash" | "frontmatter">[],
  /** "" for English, "es/" for the Spanish edition's articles. */
  prefix = "",
): PublishRecord {
  const next: PublishRecord = { ...previous };
  for (const a of articles) next[`${prefix}articles/${a.slug}`] = { hash: a.contentHash, changes: a.frontmatter.changes.length };
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

/** The record, if the site keeps one (a fixture or a new site may not). */
export const readPublishRecord = (file: string, problems: Problem[]): PublishRecord | null =>
  existsSync(file) ? readJson(file, publishRecordSchema, problems) : null;

/**
 * An article whose content differs from what was last published needs a new change entry (an error), and
 * once it has one the record should be brought up to date with `npm run urls:update` (a warning).
 */
export function publishProblems(
  record: PublishRecord,
  articles: Pick<Article, "slug" | "file" | "contentHash" | "frontmatter">[],
  /** "" for English, "es/" for the Spanish edition's articles. */
  prefix = "",
): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const a of articles) {
    const published = record[`${prefix}articles/${a.slug}`];
    if (!published || published.hash === a.contentHash) continue;
    const problem = { file: a.file, line: entryLine(a.file, a.frontmatter.changes.length - 1), field: "changes" };
    if (a.frontmatter.changes.length <= published.changes)
      errors.push({
        ...problem,
        message:
          `the content differs from what was last published (content/published-content.json), but no change entry was added: ` +
          `add one (date, a one-line summary, the section ids it touched), or one with "cosmetic: true" for an edit no reader would notice`,
      });
    else
      warnings.push({
        ...problem,
        message: `changed since the published record: once this change is published, run npm run urls:update to record it`,
      });
  }
  return { errors, warnings };
}

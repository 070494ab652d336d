import { existsSync, readFileSync } from "node:fs";
import { readJson } from "./files";
import type { Problem } from "./problems";
import { type Reviewer, type SignOff, signOffsFileSchema } from "./schema";
import type { Article, GlossaryEntry } from "./types";

/** content/sign-offs.json: every entry names a document that exists and a reviewer who has a name. */
export function loadSignOffs(file: string, reviewers: Reviewer[], documents: ReadonlySet<string>, problems: Problem[]): SignOff[] {
  if (!existsSync(file)) return [];
  const signOffs = readJson(file, signOffsFileSchema, problems)?.signOffs ?? [];
  const lines = readFileSync(file, "utf8").split("\n");
  const seen = new Set<string>();
  signOffs.forEach((s, i) => {
    const line = lines.findIndex((l) => l.includes(`"${s.document}"`)) + 1 || undefined;
    const at = (field: string, message: string) => problems.push({ file, line, field: `signOffs[${i}].${field}`, message });
    if (!documents.has(s.document))
      at(
        "document",
        `no such document "${s.document}": expected articles/<slug> or glossary/<id> of a file in content/, or es/articles/<slug>, es/glossary/<id> of its translation`,
      );
    if (seen.has(s.document)) at("document", `"${s.document}" is signed off twice: keep only the newest entry`);
    seen.add(s.document);
    const reviewer = reviewers.find((r) => r.id === s.reviewer);
    if (!reviewer) at("reviewer", `unknown reviewer "${s.reviewer}": expected an id from content/reviewers.json`);
    else if (!reviewer.name) at("reviewer", `"${s.reviewer}" has no name in content/reviewers.json: only a named person can sign off`);
  });
  return signOffs;
}

/** The warning for a document whose content changed after it was signed off. */
export function changedSinceReview(doc: Article | GlossaryEntry): Problem {
  const { review } = doc;
  if (review.status !== "changed") throw new Error("only for changed documents");
  const target = "slug" in doc ? doc.slug : `glossary/${doc.id}`;
  return {
    file: doc.file,
    message: `changed since the last medical review (signed off by ${review.reviewer.name} on ${review.date}); once it is reviewed again: npm run review:sign -- ${review.reviewer.id} ${target}`,
  };
}

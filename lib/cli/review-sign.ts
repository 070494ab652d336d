// Records a medical sign-off: who approved which documents, when, and a hash of exactly what they saw.
// Usage: npm run review:sign -- <reviewer-id> <slug | glossary/<id> | --all> [more…] [--date YYYY-MM-DD]
//   <slug>          an article (content/articles/<slug>.mdx)
//   glossary/<id>   a glossary term
//   es/<slug>, es/glossary/<id>   their Spanish translation (content/es/…), signed off on its own
//   --all           every article and glossary term, in every language
// The reviewer must have a name in content/reviewers.json. Writes content/sign-offs.json: commit it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadContent } from "../content/load";
import { contentOptions } from "../content/options";
import { ContentError } from "../content/problems";
import { addSignOffs } from "../content/review";
import { isoDate } from "../content/schema";

const args = process.argv.slice(2);
const dateAt = args.indexOf("--date");
const date = dateAt >= 0 ? args.splice(dateAt, 2)[1] : new Date().toISOString().slice(0, 10);
const [reviewerId, ...targets] = args;
const fail = (message: string) => {
  console.error(`review:sign: ${message}`);
  process.exit(1);
};
if (!reviewerId || targets.length === 0)
  fail("usage: npm run review:sign -- <reviewer-id> <slug | glossary/<id> | --all> [--date YYYY-MM-DD]");
if (!isoDate.safeParse(date).success) fail(`--date: expected a date written as YYYY-MM-DD (got "${date}")`);

const { root, ...options } = contentOptions();
let content;
try {
  // Drafts can be reviewed before they are published.
  content = await loadContent({ root, ...options, includeDrafts: true });
} catch (error) {
  if (error instanceof ContentError) fail(`the content must pass the check before it can be signed off:\n${error.message}`);
  throw error;
}
const reviewer = content.reviewers.find((r) => r.id === reviewerId);
if (!reviewer)
  fail(`unknown reviewer "${reviewerId}": expected an id from content/reviewers.json (${content.reviewers.map((r) => r.id).join(", ")})`);
if (!reviewer!.name)
  fail(`"${reviewerId}" has no name in content/reviewers.json: fill in the name of the person who reviewed the content first`);

// A translation is its own document (es/<slug>, es/glossary/<id>), signed off on its own.
const documents = Object.values(content.editions).flatMap((e) => {
  const prefix = e.lang === "en" ? "" : `${e.lang}/`;
  return [
    ...e.articles.map((a) => ({ id: `${prefix}articles/${a.slug}`, target: `${prefix}${a.slug}`, hash: a.reviewHash })),
    ...e.glossary.map((g) => ({ id: `${prefix}glossary/${g.id}`, target: `${prefix}glossary/${g.id}`, hash: g.reviewHash })),
  ];
});
const chosen = targets.includes("--all")
  ? documents
  : targets.map((t) => documents.find((d) => d.target === t) ?? fail(`no article or glossary term "${t}"`)!);
const file = join(root, "content", "sign-offs.json");
const signOffs = addSignOffs(content.signOffs, reviewerId!, chosen, date!);
writeFileSync(file, `${JSON.stringify({ signOffs }, null, 2)}\n`);
console.log(
  `${reviewer!.name} signed off ${chosen.length} document${chosen.length === 1 ? "" : "s"} on ${date}: ${chosen.map((d) => d.id).join(", ")}`,
);
console.log(`Wrote ${file}; commit it.`);

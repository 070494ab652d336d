// Records what the site publishes now: every URL and section anchor in content/published-urls.json, and
// what each article says (a content hash and its number of change entries) in content/published-content.json.
// URLs are never removed: a URL that goes away needs an alias (formerSlugs, formerAnchors, formerIds).
// Usage: npm run urls:update
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type PublishRecord, recordNow } from "../content/changes";
import { loadContent } from "../content/load";
import { contentOptions } from "../content/options";
import { type UrlManifest, mergeManifest, publishedUrls } from "../content/urls";

const { root, ...options } = contentOptions();
const file = join(root, "content", "published-urls.json");
const recordFile = join(root, "content", "published-content.json");
const previous: UrlManifest = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as UrlManifest) : {};
const content = await loadContent({ root, ...options, includeDrafts: false });
const merged = mergeManifest(previous, publishedUrls(content));
writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
const count = (m: UrlManifest) => Object.values(m).reduce((n, anchors) => n + anchors.length, 0);
console.log(
  `${file}: ${Object.keys(merged).length} URLs and ${count(merged)} anchors (${Object.keys(merged).length - Object.keys(previous).length} URLs and ${count(merged) - count(previous)} anchors added)`,
);
const before: PublishRecord = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, "utf8")) as PublishRecord) : {};
const record = Object.values(content.editions).reduce(
  (r, e) =>
    recordNow(
      r,
      e.articles.filter((a) => !a.frontmatter.draft),
      e.lang === "en" ? "" : `${e.lang}/`,
    ),
  before,
);
writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
const updated = Object.keys(record).filter((k) => before[k]?.hash !== record[k]!.hash).length;
console.log(`${recordFile}: ${Object.keys(record).length} articles (${updated} recorded anew)`);

// Adds every URL and section anchor the site publishes now to content/published-urls.json.
// Nothing is ever removed: a URL that goes away needs an alias (formerSlugs, formerAnchors, formerIds).
// Usage: npm run urls:update
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadContent } from "../content/load";
import { contentOptions } from "../content/options";
import { type UrlManifest, mergeManifest, publishedUrls } from "../content/urls";

const { root, ...options } = contentOptions();
const file = join(root, "content", "published-urls.json");
const previous: UrlManifest = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as UrlManifest) : {};
const content = await loadContent({ root, ...options, includeDrafts: false });
const merged = mergeManifest(previous, publishedUrls(content));
writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
const count = (m: UrlManifest) => Object.values(m).reduce((n, anchors) => n + anchors.length, 0);
console.log(
  `${file}: ${Object.keys(merged).length} URLs and ${count(merged)} anchors (${Object.keys(merged).length - Object.keys(previous).length} URLs and ${count(merged) - count(previous)} anchors added)`,
);

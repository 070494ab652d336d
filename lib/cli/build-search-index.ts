// Builds the Pagefind search index from the prerendered pages (run by `npm run build` after `next build`).
// Writes public/pagefind/, which `next start` serves; nothing is fetched from anywhere.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { prerenderedPages } from "./prerendered";

const outputPath = join("public", "pagefind");
// Pages that are not content: staff tools (and the reviewers' packs), the search page itself, error pages.
const skip = new Set(["/share", "/search", "/gallery", "/_not-found", "/_global-error", "/404", "/500"]);

const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
let pages = 0;
for (const { route, file } of prerenderedPages()) {
  if (skip.has(route) || route.startsWith("/review/")) continue;
  const added = await index.addHTMLFile({ url: route, content: readFileSync(file, "utf8") });
  if (added.errors.length) throw new Error(`${file}: ${added.errors.join("; ")}`);
  pages++;
}
rmSync(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(written.errors.join("; "));
await pagefind.close();
console.log(`Search index: ${pages} pages in ${outputPath} (${Math.round(performance.now() - started)} ms)`);

// Builds the Pagefind search index from the prerendered pages (run by `npm run build` after `next build`).
// Writes public/pagefind/, which `next start` serves; nothing is fetched from anywhere.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import * as pagefind from "pagefind";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const pagesDir = join(distDir, "server", "app");
const outputPath = join("public", "pagefind");
// Pages that are not content: staff tools, the search page itself, error pages.
const skip = new Set(["/share", "/search", "/_not-found", "/_global-error", "/404", "/500"]);

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

if (!existsSync(pagesDir)) throw new Error(`${pagesDir} not found: run next build first`);
const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
let pages = 0;
for (const file of htmlFiles(pagesDir)) {
  const path = `/${relative(pagesDir, file).replace(/\.html$/, "").replace(/(^|\/)index$/, "")}`;
  if (skip.has(path)) continue;
  const added = await index.addHTMLFile({ url: path, content: readFileSync(file, "utf8") });
  if (added.errors.length) throw new Error(`${file}: ${added.errors.join("; ")}`);
  pages++;
}
rmSync(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(written.errors.join("; "));
await pagefind.close();
console.log(`Search index: ${pages} pages in ${outputPath} (${Math.round(performance.now() - started)} ms)`);

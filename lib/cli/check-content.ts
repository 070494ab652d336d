// Validates and compiles every content file in a few seconds, without a Next build.
// Usage: npm run check:content
//   CONTENT_TODAY=YYYY-MM-DD  overrides "today" for the review-date rule
//   CONTENT_ROOT=DIR          checks DIR/content instead of ./content
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadContent } from "../content/load";
import { ContentError } from "../content/problems";
import { redirectsFile, redirectsOf } from "../content/redirects";

const started = performance.now();
const root = process.env.CONTENT_ROOT ?? process.cwd();
try {
  const content = await loadContent({
    root,
    today: process.env.CONTENT_TODAY ?? new Date().toISOString().slice(0, 10),
    includeDrafts: true,
    cacheDir: join(root, ".content-cache"),
  });
  // The build's static step turns these into out/_redirects, the nginx config and npm start's redirects.
  mkdirSync(dirname(redirectsFile(root)), { recursive: true });
  writeFileSync(redirectsFile(root), `${JSON.stringify(redirectsOf(content), null, 2)}\n`);
  const drafts = content.articles.filter((a) => a.frontmatter.draft).length;
  const ms = Math.round(performance.now() - started);
  console.log(
    `Content OK: ${content.articles.length} articles (${drafts} drafts), ${content.glossary.length} glossary terms, ${content.pages.length} pages; ` +
      `${content.stats.compiled} compiled, ${content.stats.cached} from cache, in ${ms} ms.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

// Validates and compiles every content file in a few seconds, without a Next build.
// Usage: npm run check:content [-- --strict]
//   --strict                  also fails on warnings (an overdue review, content changed since its medical
//                             sign-off), for a scheduled editorial job; a normal build only prints them
//   CONTENT_TODAY=YYYY-MM-DD  overrides "today" for the review-date rule
//   CONTENT_ROOT=DIR          checks DIR/content instead of ./content
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { compileExamples } from "../content/examples";
import { loadContent } from "../content/load";
import { contentOptions } from "../content/options";
import { ContentError, formatProblem } from "../content/problems";
import { redirectsFile, redirectsOf } from "../content/redirects";

const strict = process.argv.includes("--strict");
const started = performance.now();
const { root, ...options } = contentOptions();
try {
  const content = await loadContent({ root, ...options, includeDrafts: true });
  // The components' own examples are written for the site's own content (they feed the gallery page).
  const { examples, problems } = root === process.cwd() ? await compileExamples(content) : { examples: [], problems: [] };
  if (problems.length) throw new ContentError(problems);
  // The build's static step turns these into out/_redirects, the nginx config and npm start's redirects.
  mkdirSync(dirname(redirectsFile(root)), { recursive: true });
  writeFileSync(redirectsFile(root), `${JSON.stringify(redirectsOf(content), null, 2)}\n`);
  const drafts = content.articles.filter((a) => a.frontmatter.draft).length;
  const signed = [...content.articles, ...content.glossary].filter((d) => d.review.status === "signed").length;
  const ms = Math.round(performance.now() - started);
  console.log(
    `Content OK: ${content.articles.length} articles (${drafts} drafts), ${content.glossary.length} glossary terms, ${content.pages.length} pages; ` +
      `${signed} signed off by a medical reviewer; ${examples.length} component examples; ${content.stats.compiled} compiled, ${content.stats.cached} from cache, in ${ms} ms.`,
  );
  if (content.warnings.length) {
    console.warn(
      `\n${content.warnings.length} warning${content.warnings.length === 1 ? "" : "s"}:\n${content.warnings.map(formatProblem).join("\n")}`,
    );
    if (strict) process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

// Prints each article's reading grade, measured on its rendered text exactly as the tests measure it.
// Usage: npm run report:readability
import { join } from "node:path";
import { articleGrades, gradeProblems, median } from "../../components/mdx/render-static";
import { loadContent } from "../content/load";

const root = process.env.CONTENT_ROOT ?? process.cwd();
// The review-date rule is the content check's job; a far-past "today" keeps it out of this report.
const content = await loadContent({ root, today: "0000-01-01", includeDrafts: true, cacheDir: join(root, ".content-cache") });
const rows = articleGrades(content);
console.table(rows.map(({ slug, grade, words, sentences }) => ({ slug, grade, words, sentences })));
console.log(`median grade ${median(rows.map((r) => r.grade))}; highest ${Math.max(...rows.map((r) => r.grade))}`);
const problems = gradeProblems(rows);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exitCode = 1;
}

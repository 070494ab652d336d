// Prints each article's reading grade, measured on its rendered text exactly as the tests measure it.
// Usage: npm run report:readability
import { articleGrades } from "../../components/mdx/render-static";
import { gradeProblems, median } from "../content/readability";
import { loadContent } from "../content/load";
import { contentOptions } from "../content/options";

const content = await loadContent({ ...contentOptions(), includeDrafts: true });
const rows = articleGrades(content);
console.table(rows.map(({ slug, grade, words, sentences }) => ({ slug, grade, words, sentences })));
console.log(`median grade ${median(rows.map((r) => r.grade))}; highest ${Math.max(...rows.map((r) => r.grade))}`);
const problems = gradeProblems(rows);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exitCode = 1;
}

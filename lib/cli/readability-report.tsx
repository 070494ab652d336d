// Prints each article's reading grade (and each Spanish page's INFLESZ and Fernández-Huerta), measured on
// its rendered text exactly as the tests measure it.
// Usage: npm run report:readability
import { articleGrades, spanishScores } from "../../components/mdx/render-static";
import { infleszProblems } from "../content/readability-es";
import { gradeProblems, median } from "../content/readability";
import { loadContent } from "../content/load";
import { contentOptions } from "../content/options";

const content = await loadContent({ ...contentOptions(), includeDrafts: true });
const rows = articleGrades(content);
console.table(rows.map(({ slug, grade, words, sentences }) => ({ slug, grade, words, sentences })));
console.log(`median grade ${median(rows.map((r) => r.grade))}; highest ${Math.max(...rows.map((r) => r.grade))}`);
const spanish = spanishScores(content.editions.es);
console.table(
  spanish.map(({ slug, inflesz, fernandezHuerta, band, words, sentences }) => ({ slug, inflesz, fernandezHuerta, band, words, sentences })),
);
console.log(`Spanish: median INFLESZ ${median(spanish.map((r) => r.inflesz))}; lowest ${Math.min(...spanish.map((r) => r.inflesz))}`);
const problems = [...gradeProblems(rows), ...infleszProblems(spanish)];
if (problems.length) {
  console.error(problems.join("\n"));
  process.exitCode = 1;
}

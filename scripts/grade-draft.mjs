// Rough reading-grade check for drafts: node scripts/grade-draft.mjs content/articles/*.mdx
// Approximates the rendered text (headings, tables and tags dropped; every block is a sentence).
// The authoritative figure is the unit test on rendered HTML (tests/unit/readability.test.ts).
import { readFileSync } from "node:fs";
import rs from "text-readability";

for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, "utf8").replace(/^---[\s\S]*?\n---\n/, "");
  const blocks = src
    .split(/\n\s*\n|\n(?=\s*[-*] |\s*\d+\. )/)
    .map((b) => b.trim())
    .filter((b) => b && !b.startsWith("#") && !b.startsWith("|") && !/^<\/?[A-Z][^>]*>$/.test(b) && !b.startsWith("{/*"))
    .map((b) =>
      b
        .replace(/<Cite[^>]*\/>/g, "")
        .replace(/<\/?[A-Za-z][^>]*>/g, "")
        .replace(/^\s*([-*]|\d+\.)\s+/gm, "")
        .replace(/[*_`]/g, "")
        .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean)
    .map((b) => (/[.!?:]$/.test(b) ? b : `${b}.`));
  const text = blocks.join(" ");
  console.log(`${rs.fleschKincaidGrade(text).toFixed(1)}\t${rs.lexiconCount(text)} words\t${file}`);
}

import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleGrades as grades } from "@/components/mdx/render-static";
import { loadContent } from "@/lib/content/load";
import { gradeProblems, readability } from "@/lib/content/readability";
import { fixtureRoot, load } from "./helpers";

// A fixed "today": review dates only ever warn, and no test depends on the calendar.
const real = await loadContent({ root: process.cwd(), today: "2026-12-01", includeDrafts: true, cacheDir: null });

describe("the real content", () => {
  it("reads at US grade 8 or below, with a median of 7 or below (rendered text)", () => {
    const report = grades(real);
    console.table(report.map(({ slug, grade, words, sentences }) => ({ slug, grade, words, sentences })));
    expect(gradeProblems(report)).toEqual([]);
  });

  it("covers the uses of IV magnesium that patients ask about", () => {
    const uses = real.articles.flatMap((a) => a.facts.uses);
    const required = [
      "deficiency",
      "eclampsia",
      "brain",
      "asthma",
      "torsades",
      "migraine",
      "anxiety",
      "depression",
      "fatigue",
      "fibromyalgia",
      "pain",
      "blood-pressure",
      "preterm-labor",
    ];
    for (const word of required)
      expect(
        uses.some((u) => u.id.includes(word)),
        word,
      ).toBe(true);
  });

  it("marks the medical words each article introduces, so their meaning is one tap away", () => {
    for (const a of real.articles) expect(a.facts.terms.length, a.slug).toBeGreaterThanOrEqual(3);
  });
});

describe("the reading-level rule", () => {
  it("fails an article written in dense clinical prose", async () => {
    const root = fixtureRoot();
    copyFileSync(join(process.cwd(), "tests/fixtures/readability/dense-article.mdx"), join(root, "content/articles/dense-article.mdx"));
    const report = grades(await load(root));
    const problems = gradeProblems(report);
    expect(problems.join("\n")).toMatch(/dense-article: grade \d+(\.\d)? is above 8\.0/);
  });

  it("counts a list item as a sentence and ignores headings, tables, reference marks and popovers", () => {
    const r = readability(
      `<h2>A very long heading with extraordinarily complicated terminology</h2><ul><li>Eat food</li><li>Drink water</li></ul>` +
        `<table><tr><td>Incomprehensible multisyllabic tabulation</td></tr></table><p>Rest well<sup class="cite"><a>[1]</a></sup>.` +
        `<span popover="auto">Unreadable polysyllabic elaboration</span></p>`,
    );
    expect(r).toMatchObject({ sentences: 3, words: 6 });
  });
});

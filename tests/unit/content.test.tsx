import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleGrades as grades, spanishScores } from "@/components/mdx/render-static";
import { infleszProblems } from "@/lib/content/readability-es";
import { loadContent } from "@/lib/content/load";
import { gradeProblems, readability } from "@/lib/content/readability";
import { fixtureRoot, load } from "./helpers";

// A fixed "today": review dates only ever warn, and no test depends on the calendar.
const real = await loadContent({ root: process.cwd(), today: "2026-12-02", includeDrafts: true, cacheDir: null });

describe("the real content", () => {
  it("reads at US grade 8 or below, with a median of 7 or below (rendered text)", () => {
    const report = grades(real);
    console.table(report.map(({ slug, grade, words, sentences }) => ({ slug, grade, words, sentences })));
    expect(gradeProblems(report)).toEqual([]);
  });

  it("reads as plain Spanish: every Spanish page at INFLESZ 55 or above, with a median of 65 or above (rendered text)", () => {
    const report = spanishScores(real.editions.es);
    console.table(
      report.map(({ slug, inflesz, fernandezHuerta, words, sentences }) => ({ slug, inflesz, fernandezHuerta, words, sentences })),
    );
    expect(report.length).toBe(real.editions.es.articles.length + real.editions.es.pages.length + real.editions.es.glossary.length);
    expect(infleszProblems(report)).toEqual([]);
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
    copyFileSync(
      join(process.cwd(), "tests/fixtures/readability/dense-article-es.mdx"),
      join(root, "content/es/articles/dense-article.mdx"),
    );
    const content = await load(root);
    const problems = gradeProblems(grades(content));
    expect(problems.join("\n")).toMatch(/dense-article: grade \d+(\.\d)? is above 8\.0/);
    // The same in Spanish, measured the same way (on the rendered text), fails the Spanish gate.
    const spanish = infleszProblems(spanishScores(content.editions.es));
    expect(spanish.join("\n")).toMatch(/articles\/dense-article: INFLESZ -?\d+(\.\d)? is below 55/);
    expect(spanish.join("\n")).not.toMatch(/alpha-article/);
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

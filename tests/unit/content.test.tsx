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
  it("loads: every article and glossary file is valid and compiles", () => {
    expect(real.articles.length).toBeGreaterThanOrEqual(12);
    expect(real.glossary.length).toBeGreaterThanOrEqual(40);
  });

  it("reads at US grade 8 or below, with a median of 7 or below (rendered text)", () => {
    const report = grades(real);
    console.table(report.map(({ slug, grade, words, sentences }) => ({ slug, grade, words, sentences })));
    expect(gradeProblems(report)).toEqual([]);
  });

  it("cites at least 2 https sources on every article, each one used", () => {
    for (const a of real.articles) {
      expect(a.frontmatter.sources.length, a.slug).toBeGreaterThanOrEqual(2);
      expect(a.frontmatter.sources.every((s) => s.url.startsWith("https://")), a.slug).toBe(true);
      expect([...a.facts.cites].sort(), a.slug).toEqual(a.frontmatter.sources.map((s) => s.id).sort());
    }
  });

  it("gives every use of IV magnesium an evidence level, and covers the uses patients ask about", () => {
    const uses = real.articles.flatMap((a) => a.facts.uses);
    const required = ["deficiency", "eclampsia", "brain", "asthma", "torsades", "migraine", "anxiety", "depression", "fatigue", "fibromyalgia", "pain", "blood-pressure", "preterm-labor"];
    for (const word of required) expect(uses.some((u) => u.id.includes(word)), word).toBe(true);
    for (const use of uses) expect(["strong", "moderate", "limited", "insufficient", "against"]).toContain(use.evidence);
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

import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { readability } from "@/lib/content/readability";
import { articlesUsingTerm, byInitial, relatedArticles } from "@/lib/content/related";
import { edit, fixtureRoot, load } from "./helpers";

const real = await loadContent({ root: process.cwd(), today: "2026-12-02", includeDrafts: false, cacheDir: null });

describe("the glossary", () => {
  it("has at least 40 terms, including the medical words the articles rely on", () => {
    const ids = new Set(real.glossary.map((g) => g.id));
    expect(ids.size).toBeGreaterThanOrEqual(40);
    for (const id of [
      "hypomagnesemia",
      "hypermagnesemia",
      "electrolyte",
      "enzyme",
      "atp",
      "bioavailability",
      "intravenous",
      "infusion",
      "serum",
      "malabsorption",
      "crohns-disease",
      "celiac-disease",
      "diuretic",
      "proton-pump-inhibitor",
      "bronchodilator",
      "asthma",
      "copd",
      "pre-eclampsia",
      "eclampsia",
      "arrhythmia",
      "heart-block",
      "torsades-de-pointes",
      "myasthenia-gravis",
      "nmda-receptor",
      "hypotension",
      "flushing",
      "respiratory-depression",
      "reflexes",
      "rda",
      "upper-limit",
      "calcium-gluconate",
      "egfr",
      "magnesium-sulfate",
      "migraine",
      "fibromyalgia",
      "chronic-fatigue-syndrome",
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("defines every term in one or two plain sentences, at grade 8 or below", () => {
    for (const g of real.glossary) {
      const { grade, sentences } = readability(`<p>${g.frontmatter.definition}</p>`);
      expect(sentences, g.id).toBeLessThanOrEqual(2);
      expect(grade, `${g.id}: "${g.frontmatter.definition}"`).toBeLessThanOrEqual(8);
    }
  });

  it("is used: every term is marked in at least one article", () => {
    const unused = real.glossary.filter((g) => articlesUsingTerm(g.id, real.articles).length === 0).map((g) => g.id);
    expect(unused).toEqual([]);
  });
});

describe("back-links and related topics, computed from usage", () => {
  it("lists exactly the articles that mark a term", async () => {
    const { articles } = await load(fixtureRoot());
    expect(articlesUsingTerm("electrolyte", articles).map((a) => a.slug)).toEqual(["alpha-article"]);
    expect(articlesUsingTerm("serum", articles).map((a) => a.slug)).toEqual(["beta-article"]);
  });

  it("follows a change in usage without any hand-kept list", async () => {
    const root = fixtureRoot();
    edit(root, "articles/beta-article.mdx", (s) =>
      s.replace('A <Term id="serum">serum</Term> test.', 'A <Term id="serum">serum</Term> and <Term id="electrolyte">salt</Term> test.'),
    );
    const { articles } = await load(root);
    expect(articlesUsingTerm("electrolyte", articles).map((a) => a.slug)).toEqual(["alpha-article", "beta-article"]);
  });

  it("ranks the explicit related list first, then shared terms, without duplicates or the article itself", () => {
    const uses = real.articles.find((a) => a.slug === "uses-of-iv-magnesium")!;
    const related = relatedArticles(uses, real.articles, 20);
    const slugs = related.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain(uses.slug);
    expect(slugs.slice(0, uses.frontmatter.related.length)).toEqual(uses.frontmatter.related);
    const shared = (slug: string) =>
      real.articles.find((a) => a.slug === slug)!.facts.terms.filter((t) => uses.facts.terms.includes(t)).length;
    const rest = slugs.slice(uses.frontmatter.related.length).map(shared);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(rest.every((n) => n > 0)).toBe(true);
  });

  it("keeps the same best few as sorting every article would, whatever order the list comes in", () => {
    const byTitle = (x: string, y: string) => x.localeCompare(y);
    const everything = (article: (typeof real.articles)[number], limit: number) => {
      const terms = new Set(article.facts.terms);
      const explicit = article.frontmatter.related;
      const rest = real.articles
        .filter((a) => a.slug !== article.slug && !explicit.includes(a.slug))
        .map((a) => ({ slug: a.slug, title: a.frontmatter.title, shared: a.facts.terms.filter((t) => terms.has(t)).length }))
        .filter((x) => x.shared > 0)
        .sort((x, y) => y.shared - x.shared || byTitle(x.title, y.title))
        .map((x) => x.slug);
      return [...explicit, ...rest].slice(0, limit);
    };
    const shuffled = [...real.articles].reverse();
    for (const article of real.articles)
      for (const limit of [1, 3, 5, 8]) {
        expect(
          relatedArticles(article, shuffled, limit).map((a) => a.slug),
          `${article.slug}, ${limit}`,
        ).toEqual(everything(article, limit));
      }
  });

  it("groups terms A to Z by their first letter", () => {
    const groups = byInitial([
      { frontmatter: { term: "eGFR" } },
      { frontmatter: { term: "ATP" } },
      { frontmatter: { term: "asthma" } },
      { frontmatter: { term: "5-HT" } },
    ]);
    expect([...groups.keys()]).toEqual(["#", "A", "E"]);
    expect(groups.get("A")!.map((e) => e.frontmatter.term)).toEqual(["asthma", "ATP"]);
  });
});

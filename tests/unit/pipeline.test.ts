import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { edit, fixtureRoot, load, loadError, untranslated } from "./helpers";

const alpha = "articles/alpha-article.mdx";
const at = (line: number) => new RegExp(`content/articles/alpha-article\\.mdx:${line}\\s+`);

describe("content pipeline: good content", () => {
  it("loads, compiles and records what each article uses", async () => {
    const { articles, glossary } = await load(fixtureRoot());
    expect(articles.map((a) => a.slug)).toEqual(["alpha-article", "beta-article"]);
    expect(glossary.map((g) => g.id)).toEqual(["electrolyte", "serum"]);
    const a = articles[0]!;
    expect(a.code).toContain("return Component");
    expect(a.facts.headings).toEqual([
      { depth: 2, id: "first-section", text: "First section" },
      { depth: 3, id: "a-subsection", text: "A subsection" },
      { depth: 2, id: "uses", text: "Uses" },
      { depth: 3, id: "a-use", text: "A use" },
    ]);
    expect(a.facts.terms).toEqual(["electrolyte"]);
    expect(a.facts.cites).toEqual(["source-one", "source-two"]);
    expect(a.facts.uses).toEqual([{ id: "a-use", title: "A use", evidence: "strong", where: "hospital" }]);
  });

  it("keeps drafts out unless asked for them", async () => {
    const root = fixtureRoot();
    edit(root, "articles/beta-article.mdx", (s) => s.replace("reviewer: clinical-lead", "reviewer: clinical-lead\ndraft: true"));
    edit(root, alpha, (s) =>
      s.replace("related: [beta-article]", "related: []").replace("[link](/articles/beta-article#beta-section)", "link"),
    );
    untranslated(root, "alpha-article");
    expect((await load(root)).articles.map((a) => a.slug)).toEqual(["alpha-article"]);
    expect((await load(root, { includeDrafts: true })).articles.map((a) => a.slug)).toEqual(["alpha-article", "beta-article"]);
  });

  it("compiles nothing again when content has not changed (content-hash cache)", async () => {
    const root = fixtureRoot();
    const cacheDir = `${root}/.content-cache`;
    // Two articles and two terms in English, one article and two terms in Spanish.
    expect((await load(root, { cacheDir })).stats).toEqual({ compiled: 7, cached: 0 });
    expect((await load(root, { cacheDir })).stats).toEqual({ compiled: 0, cached: 7 });
    edit(root, alpha, (s) => s.replace("A note.", "A changed note."));
    expect((await load(root, { cacheDir })).stats).toEqual({ compiled: 1, cached: 6 });
  });
});

describe("content pipeline: broken content fails with the file, the field or line, and what was expected", () => {
  it("a bad date", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("lastReviewed: 2026-01-10", "lastReviewed: 2026-13-45"));
    expect(await loadError(root)).toMatch(
      new RegExp(`${at(6).source}lastReviewed: expected a real calendar date \\(YYYY-MM-DD\\) \\(got "2026-13-45"\\)`),
    );
  });

  it("a missing title", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("title: Alpha article for tests\n", ""));
    expect(await loadError(root)).toMatch(/content\/articles\/alpha-article\.mdx:2\s+title: is required/);
  });

  it("invalid YAML", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("topic: magnesium-basics", "topic: [magnesium-basics"));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:\d+\s+frontmatter: invalid YAML/);
  });

  it("an unknown component", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace('<Callout type="info">', '<Widget type="info">').replace("</Callout>", "</Widget>"));
    expect(await loadError(root)).toMatch(
      new RegExp(
        `${at(38).source}unknown component <Widget>: use one of <Cite>, <Term>, <Callout>, <RedFlags>, <RedFlagSummary>, <SafetyList>, <Figure>, <ClinicDetails>, <ClinicPrices>, <Use>`,
      ),
    );
  });

  it("an import line", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("Magnesium is a", "import X from './x'\n\nMagnesium is a"));
    expect(await loadError(root)).toMatch(new RegExp(`${at(30).source}import and export lines are not allowed`));
  });

  it("an export line", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("## First section", "export const x = 1\n\n## First section"));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:\d+\s+import and export lines are not allowed/);
  });

  it("a JavaScript expression", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("A note.", "A note {1 + 1}."));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:40\s+\{…\} expressions are not allowed/);
  });

  it("MDX that does not parse", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("A note.", 'A note <Term id="serum">unclosed.'));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:\d+\s+could not read the MDX: /);
  });

  it("a heading without an anchor id", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("## First section {#first-section}", "## First section"));
    expect(await loadError(root)).toMatch(
      new RegExp(`${at(32).source}heading "First section" needs an explicit anchor id: end it with \\{#first-section\\}`),
    );
  });

  it("a duplicate anchor id", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("{#a-subsection}", "{#first-section}"));
    expect(await loadError(root)).toMatch(new RegExp(`${at(36).source}duplicate anchor id "first-section"`));
  });

  it("an anchor id the page layout already uses", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("{#a-subsection}", "{#references}"));
    expect(await loadError(root)).toMatch(new RegExp(`${at(36).source}anchor id "references" is used by the page itself`));
  });

  it("a # heading in the body", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("## First section", "# First section"));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:32\s+a # heading is not allowed/);
  });

  it("a bad component prop", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace('evidence="strong"', 'evidence="high"'));
    expect(await loadError(root)).toMatch(new RegExp(`${at(46).source}<Use> evidence: .*strong.*\\(got "high"\\)`));
  });

  it("a missing component prop", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace(' evidence="strong"', ""));
    expect(await loadError(root)).toMatch(new RegExp(`${at(46).source}<Use> evidence: is required`));
  });

  it("a plain ### heading among uses, which would hide its evidence level", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("## Uses {#uses}", "## Uses {#uses}\n\n### Another use {#another-use}\n\nNo level given."));
    expect(await loadError(root)).toMatch(new RegExp(`${at(46).source}### heading "Another use" is in a section that lists uses`));
  });

  it("an unknown glossary term", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace('<Term id="electrolyte">', '<Term id="electrolytes">'));
    expect(await loadError(root)).toMatch(new RegExp(`${at(30).source}<Term> id: unknown glossary term "electrolytes"`));
  });

  it("a citation of a source that is not listed", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace('<Cite id="source-two" />', '<Cite id="source-3" />'));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:34\s+<Cite> id: unknown source "source-3"/);
  });

  it("a source that is never cited", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace(' <Cite id="source-two" />', ""));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:\d+\s+sources\[1\]: source "source-two" is never cited/);
  });

  it("an unknown related slug", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("related: [beta-article]", "related: [gamma-article]"));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:18\s+related\[0\]: unknown article "gamma-article"/);
  });

  it("an unknown reviewer", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("reviewer: clinical-lead", "reviewer: dr-nobody"));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:8\s+reviewer: unknown reviewer "dr-nobody"/);
  });

  it("a broken link to another article's section", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("#beta-section", "#no-such-section"));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:34\s+broken link "\/articles\/beta-article#no-such-section"/);
  });

  it("an overdue review only warns, judged against an injected today, and marks the article", async () => {
    const root = fixtureRoot();
    const onTime = await load(root, { today: "2027-01-10" });
    expect(onTime.articles.map((a) => a.overdue)).toEqual([false, false]);
    expect(onTime.warnings).toEqual([]);
    const late = await load(root, { today: "2027-01-11" });
    expect(late.articles.map((a) => a.overdue)).toEqual([true, true]);
    expect(formatProblem(late.warnings[0]!)).toMatch(
      /alpha-article\.mdx:7\s+nextReviewDue: review overdue since 2027-01-10 \(today is 2027-01-11\)/,
    );
  });

  it("a published article related to a draft", async () => {
    const root = fixtureRoot();
    edit(root, "articles/beta-article.mdx", (s) => s.replace("reviewer: clinical-lead", "reviewer: clinical-lead\ndraft: true"));
    expect(await loadError(root)).toMatch(/related\[0\]: "beta-article" is a draft/);
  });

  it("a published article that links to a draft", async () => {
    const root = fixtureRoot();
    edit(root, "articles/beta-article.mdx", (s) => s.replace("reviewer: clinical-lead", "reviewer: clinical-lead\ndraft: true"));
    edit(root, alpha, (s) => s.replace("related: [beta-article]", "related: []"));
    expect(await loadError(root)).toMatch(
      /alpha-article\.mdx:34\s+broken link "\/articles\/beta-article#beta-section": "beta-article" is a draft, so the link would break when this page is published/,
    );
  });

  it("links to topic hubs and to sections of the same page, on any kind of document; a topic that does not exist", async () => {
    const root = fixtureRoot();
    edit(root, "glossary/electrolyte.mdx", (s) =>
      s.replace(
        "A longer explanation.",
        "A longer explanation. See [the basics](/topics/magnesium-basics).\n\n## More {#more}\n\nSee [above](#more).",
      ),
    );
    edit(root, alpha, (s) => s.replace("Some text with a [link]", "Some text with a [hub](/topics/safety) and a [link]"));
    await expect(load(root)).resolves.toBeTruthy();
    edit(root, alpha, (s) => s.replace("(/topics/safety)", "(/topics/no-such-topic)"));
    edit(root, "glossary/electrolyte.mdx", (s) => s.replace("(#more)", "(#less)"));
    const message = await loadError(root);
    expect(message).toMatch(/alpha-article\.mdx:34\s+broken link "\/topics\/no-such-topic": no topic with that id/);
    expect(message).toMatch(/electrolyte\.mdx:\d+\s+broken link "#less": this page has no section with id "less"/);
  });

  it("a menu or home-page link that goes nowhere (content/navigation.yaml)", async () => {
    const root = fixtureRoot();
    edit(root, "navigation.yaml", (s) => s.replace("href: /topics/magnesium-basics", "href: /topics/nowhere"));
    expect(await loadError(root)).toMatch(
      /navigation\.yaml:4\s+homeTasks\[0\]\.href: broken link "\/topics\/nowhere": no topic with that id/,
    );
  });

  it("components in a glossary entry", async () => {
    const root = fixtureRoot();
    edit(root, "glossary/electrolyte.mdx", (s) => s.replace("A longer explanation.", 'A <Term id="serum">longer</Term> explanation.'));
    expect(await loadError(root)).toMatch(
      /content\/glossary\/electrolyte\.mdx:\d+\s+unknown component <Term>: this kind of file allows no components/,
    );
  });

  it("reports every problem at once, not just the first", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("{#a-subsection}", "").replace('<Term id="electrolyte">', '<Term id="nope">'));
    edit(root, "articles/beta-article.mdx", (s) => s.replace("topic: safety", "topic: nonsense"));
    untranslated(root, "alpha-article");
    const message = await loadError(root);
    expect(message).toMatch(/Content check failed \(3 problems\)/);
  });
});

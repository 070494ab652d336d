import { describe, expect, it } from "vitest";
import { renderMdxToHtml } from "@/components/mdx/render-static";
import { mdxComponents } from "@/components/mdx";
import type { Content } from "@/lib/content/load";
import { edit, fixtureRoot, load, loadError } from "./helpers";

const flags = "safety/red-flags.yaml";
const lists = "safety/lists.yaml";
const alpha = "articles/alpha-article.mdx";

/** The article's body and reference list as a reader sees them. */
function page(content: Content, slug: string) {
  const article = content.articles.find((a) => a.slug === slug)!;
  return renderMdxToHtml(article.code, mdxComponents(article, content.glossary, content.shared, "en"));
}

describe("safety data: lists and red flags live once, as typed, cited data", () => {
  it("renders a red-flag group with its action, signs, glossary words and citation marks", async () => {
    const content = await load(fixtureRoot());
    const html = page(content, "alpha-article");
    expect(html).toContain("Signs of a fixture emergency");
    expect(html).toContain("Call 911 or go to the emergency department now");
    expect(html).toMatch(
      /a fixture sign that will not go away<sup class="cite"[^>]*><a href="#ref-shared-label" aria-label="Reference 3">/,
    );
    expect(html).toMatch(/swelling of the <span class="term"><button[^>]*>body fluids<\/button>/);
    expect(html).toContain('<a href="/articles/alpha-article#uses">signs of a fixture emergency</a>');
    expect(html).toMatch(/<td>Fixture drugs, such as fixturemycin<\/td>/);
  });

  it("adds the sources of every safety item to the page's numbered references, after its own", async () => {
    const { articles, shared } = await load(fixtureRoot());
    const { pageReferences } = await import("@/lib/content/references");
    expect(pageReferences(articles[0]!, shared).map((s) => s.id)).toEqual(["source-one", "source-two", "shared-label", "shared-guide"]);
  });

  it("changes every page that shows an item when the item is edited once, compiling nothing again", async () => {
    const root = fixtureRoot();
    edit(root, "articles/beta-article.mdx", (s) => `${s}\n<RedFlags group="fixture-flags" />\n`);
    const cacheDir = `${root}/.content-cache`;
    const before = await load(root, { cacheDir });
    for (const slug of ["alpha-article", "beta-article"]) expect(page(before, slug)).toContain("a fixture sign that will not go away");
    edit(root, flags, (s) => s.replace("a fixture sign that will not go away", "a changed fixture sign"));
    const after = await load(root, { cacheDir });
    expect(after.stats.compiled).toBe(0);
    for (const slug of ["alpha-article", "beta-article"]) {
      expect(page(after, slug)).toContain("a changed fixture sign");
      expect(page(after, slug)).not.toContain("will not go away");
    }
  });
});

describe("safety data: bad input fails the content check with the file, line and field", () => {
  it("an unknown red-flag group", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace('<RedFlags group="fixture-flags" />', '<RedFlags group="no-such-group" />'));
    expect(await loadError(root)).toMatch(
      /alpha-article\.mdx:52\s+<RedFlags> group: unknown red-flag group "no-such-group": expected one of the group ids in content\/safety\/red-flags\.yaml \(fixture-flags, fixture-toxicity\)/,
    );
  });

  it("an unknown safety list", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace('list="fixture-interactions"', 'list="nope"'));
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:58\s+<SafetyList> list: unknown safety list "nope"/);
  });

  it("an item without a source", async () => {
    const root = fixtureRoot();
    edit(root, flags, (s) => s.replace("        sources: [shared-guide]\n", "        sources: []\n"));
    expect(await loadError(root)).toMatch(
      /safety\/red-flags\.yaml:20\s+groups\[1\]\.items\[0\]\.sources: expected at least 1 source id from content\/sources\.yaml/,
    );
  });

  it("a source id that does not exist", async () => {
    const root = fixtureRoot();
    edit(root, lists, (s) => s.replace("sources: [shared-guide]", "sources: [shared-guide, made-up]"));
    expect(await loadError(root)).toMatch(
      /safety\/lists\.yaml:16\s+lists\[1\]\.items\[0\]\.sources\[1\]: unknown source "made-up": expected an id from content\/sources\.yaml/,
    );
  });

  it("an unknown glossary word in an item", async () => {
    const root = fixtureRoot();
    edit(root, flags, (s) => s.replace("(glossary:electrolyte)", "(glossary:electrolytes)"));
    expect(await loadError(root)).toMatch(/red-flags\.yaml:11\s+groups\[0\]\.items\[1\]\.text: unknown glossary term "electrolytes"/);
  });

  it("markup other than glossary words", async () => {
    const root = fixtureRoot();
    edit(root, flags, (s) => s.replace("slow or shallow breathing", "slow or **shallow** breathing"));
    expect(await loadError(root)).toMatch(/red-flags\.yaml:19\s+groups\[1\]\.items\[0\]\.text: expected plain text/);
  });

  it("an action that does not exist, and an interaction without its medicine", async () => {
    const root = fixtureRoot();
    edit(root, flags, (s) => s.replace("action: emergency", "action: panic"));
    edit(root, lists, (s) => s.replace("        medicine: Fixture drugs, such as fixturemycin\n", ""));
    const message = await loadError(root);
    expect(message, "a broken data file does not also make every use of it unknown").not.toMatch(/unknown (red-flag group|safety list)/);
    expect(message).toMatch(
      /red-flags\.yaml:4\s+groups\[0\]\.action: Invalid option: expected one of "emergency"\|"labor-and-delivery"\|"crisis"\|"call-clinic"/,
    );
    expect(message).toMatch(/lists\.yaml:\d+\s+lists\[1\]\.items\[0\]\.medicine: is required: an interaction names its medicine/);
  });

  it("a details link that goes nowhere", async () => {
    const root = fixtureRoot();
    edit(root, flags, (s) => s.replace("/articles/alpha-article#uses", "/articles/alpha-article#gone"));
    expect(await loadError(root)).toMatch(/red-flags\.yaml:7\s+groups\[0\]\.details: broken link "\/articles\/alpha-article#gone"/);
  });

  it("a details page that does not show its group in full", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace('\n<RedFlags group="fixture-toxicity" />\n', "\n"));
    expect(await loadError(root)).toMatch(
      /red-flags\.yaml:17\s+groups\[1\]\.details: "alpha-article" does not show this group in full: add <RedFlags group="fixture-toxicity" \/> there/,
    );
  });

  it("a summary of groups that ask for different actions", async () => {
    const root = fixtureRoot();
    edit(root, flags, (s) => s.replace("    action: emergency\n    summary: slow", "    action: call-clinic\n    summary: slow"));
    expect(await loadError(root)).toMatch(
      /alpha-article\.mdx:54\s+<RedFlagSummary> groups: the groups fixture-flags, fixture-toxicity ask for different actions/,
    );
  });

  it("a shared source repeated in an article's own sources", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) =>
      s
        .replace("  - id: source-two\n    title: Source two", "  - id: shared-label\n    title: Source two")
        .replace('<Cite id="source-two" />', '<Cite id="shared-label" />'),
    );
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:\d+\s+sources\[1\]: source "shared-label" is also in content\/sources\.yaml/);
  });

  it("a page with fewer than two references", async () => {
    const root = fixtureRoot();
    edit(root, "articles/beta-article.mdx", (s) =>
      s
        .replace(/  - id: other-source[\s\S]*?url: https:\/\/example.org\/other\n/, "")
        .replace(' and more <Cite id="other-source" />', "")
        .replace('<Figure id="fixture-bars" />', ""),
    );
    expect(await loadError(root)).toMatch(/beta-article\.mdx:\d+\s+sources: expected at least 2 references on the page .* found 1/);
  });

  it("a hand-written list inside a safety component", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) =>
      s.replace('<RedFlags group="fixture-flags" />', '<RedFlags group="fixture-flags">\n\n- a hand-written sign\n\n</RedFlags>'),
    );
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:52\s+<RedFlags> takes no content: its text comes from content\/safety\//);
  });
});

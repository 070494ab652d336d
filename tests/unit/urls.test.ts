import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { mergeManifest, publishedUrls } from "@/lib/content/urls";
import { edit, fixtureRoot, load, loadError } from "./helpers";

const alpha = "articles/alpha-article.mdx";

/** A fixture whose manifest says alpha-article and its sections were published. */
async function publishedFixture() {
  const root = fixtureRoot();
  writeFileSync(join(root, "content", "published-urls.json"), JSON.stringify(publishedUrls(await load(root))));
  return root;
}

describe("the manifest of published URLs", () => {
  it("fails the content check when a published anchor is deleted", async () => {
    const root = await publishedFixture();
    edit(root, alpha, (s) => s.replace("## First section {#first-section}", "## First part {#first-part}"));
    expect(await loadError(root)).toMatch(
      /published-urls\.json\s+\/articles\/alpha-article#first-section was published but "alpha-article" has no such section: add "first-section: <current-id>" to its formerAnchors/,
    );
  });

  it("accepts the deletion once the old anchor is an alias of the new one", async () => {
    const root = await publishedFixture();
    edit(root, alpha, (s) =>
      s
        .replace("## First section {#first-section}", "## First part {#first-part}")
        .replace("related: [beta-article]", "related: [beta-article]\nformerAnchors:\n  first-section: first-part"),
    );
    // The translation keeps the same section ids, and answers to the English article's former ones.
    edit(root, "es/articles/alpha-article.mdx", (s) => s.replace("{#first-section}", "{#first-part}"));
    expect((await load(root)).articles[0]!.frontmatter.formerAnchors).toEqual({ "first-section": "first-part" });
    expect((await load(root)).editions.es.articles[0]!.frontmatter.formerAnchors).toEqual({ "first-section": "first-part" });
  });

  it("fails when a published article is renamed without a former slug, and accepts it with one", async () => {
    const root = await publishedFixture();
    const before = readFileSync(join(root, "content", alpha), "utf8");
    writeFileSync(
      join(root, "content", "articles", "alpha-renamed.mdx"),
      before.replace("related: [beta-article]", "related: [beta-article]\nformerSlugs: [alpha-article]"),
    );
    rmSync(join(root, "content", alpha));
    renameSync(join(root, "content/es/articles/alpha-article.mdx"), join(root, "content/es/articles/alpha-renamed.mdx"));
    edit(root, "safety/red-flags.yaml", (s) => s.replaceAll("/articles/alpha-article", "/articles/alpha-renamed"));
    expect((await load(root)).articles.map((a) => a.slug)).toEqual(["alpha-renamed", "beta-article"]);
    edit(root, "articles/alpha-renamed.mdx", (s) => s.replace("\nformerSlugs: [alpha-article]", ""));
    expect(await loadError(root)).toMatch(
      /\/articles\/alpha-article was published but no article answers it: add "alpha-article" to the formerSlugs/,
    );
  });

  it("fails when a published glossary term disappears without a former id", async () => {
    const root = await publishedFixture();
    renameSync(join(root, "content/glossary/serum.mdx"), join(root, "content/glossary/blood-serum.mdx"));
    edit(root, "articles/beta-article.mdx", (s) => s.replace('<Term id="serum">', '<Term id="blood-serum">'));
    edit(root, "glossary/electrolyte.mdx", (s) => s.replace("related: [serum]", "related: [blood-serum]"));
    renameSync(join(root, "content/es/glossary/serum.mdx"), join(root, "content/es/glossary/blood-serum.mdx"));
    edit(root, "es/glossary/electrolyte.mdx", (s) => s.replace("related: [serum]", "related: [blood-serum]"));
    expect(await loadError(root)).toMatch(/\/glossary\/serum was published but no glossary term answers it/);
    edit(root, "glossary/blood-serum.mdx", (s) => s.replace("term: Serum", "term: Serum\nformerIds: [serum]"));
    expect((await load(root)).glossary.map((g) => g.id)).toContain("blood-serum");
  });

  it("rejects a former anchor that points nowhere, or that is still in use", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) =>
      s.replace("related: [beta-article]", "related: [beta-article]\nformerAnchors:\n  first-section: nowhere\n  gone: a-subsection"),
    );
    const message = await loadError(root);
    expect(message).toMatch(/formerAnchors\.first-section: "first-section" is still a section id/);
    expect(message).toMatch(/formerAnchors\.first-section: "nowhere" is not a section id/);
  });

  it("rejects a former slug that another article uses", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("related: [beta-article]", "related: [beta-article]\nformerSlugs: [beta-article]"));
    expect(await loadError(root)).toMatch(/formerSlugs\[0\]: "beta-article" is already the slug of an article/);
  });

  it("only ever grows when regenerated", () => {
    expect(mergeManifest({ "/a": ["x"], "/gone": [] }, { "/a": ["y"], "/b": [] })).toEqual({ "/a": ["x", "y"], "/b": [], "/gone": [] });
  });

  it("is up to date: it lists every URL and anchor the site publishes now (npm run urls:update)", async () => {
    const real = await loadContent({ root: process.cwd(), today: "2026-12-02", includeDrafts: false, cacheDir: null });
    const committed = JSON.parse(readFileSync("content/published-urls.json", "utf8")) as Record<string, string[]>;
    for (const [url, anchors] of Object.entries(publishedUrls(real))) {
      expect(committed[url], `${url} is missing: run npm run urls:update`).toBeDefined();
      for (const anchor of anchors) expect(committed[url], `${url}#${anchor} is missing: run npm run urls:update`).toContain(anchor);
    }
  });
});

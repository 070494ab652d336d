import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx";
import { componentsTable, replaceTable } from "@/components/mdx/docs";
import { componentSpecs } from "@/components/mdx/registry";
import { renderMdxToHtml } from "@/components/mdx/render-static";
import { compileExamples, folderOf } from "@/lib/content/examples";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";

// The examples name ids from the real content (glossary terms, red-flag groups), as the gallery page does.
const real = await loadContent({ root: process.cwd(), today: "2026-12-02", includeDrafts: true, cacheDir: null });
const { examples, problems } = await compileExamples(real);

describe.each(componentSpecs.map((s) => [s.name, s] as const))("<%s>", (name, spec) => {
  it("has named examples that compile with the content rules and render what they promise", () => {
    expect(problems.filter((p) => p.file.includes(`/${folderOf(name)}/`))).toEqual([]);
    const mine = examples.filter((e) => e.component === name);
    expect(mine.map((e) => e.name)).toEqual(spec.examples.map((e) => e.name));
    expect(mine.length).toBeGreaterThan(0);
    for (const example of mine) {
      const html = renderMdxToHtml(
        example.code,
        mdxComponents({ slug: "gallery", frontmatter: { sources: [] }, facts: example.facts }, real.glossary, real.shared, "en"),
      );
      for (const text of example.shows) expect(html, `${name} / ${example.name}`).toContain(text);
    }
  });

  it("documents every prop", () => {
    const shape = (spec.props as unknown as { shape: Record<string, { description?: string }> }).shape;
    for (const [prop, schema] of Object.entries(shape)) expect(schema.description, `${name} ${prop}`).toBeTruthy();
  });
});

describe("the component registry", () => {
  it("has a renderer for every registered component", () => {
    const map = mdxComponents(null, real.glossary, real.shared, "en") as Record<string, unknown>;
    for (const spec of componentSpecs) expect(typeof map[spec.name], spec.name).toBe("function");
  });

  it("writes the authors' guide table (run npm run docs:components after changing a component)", () => {
    const guide = readFileSync("content/README.md", "utf8");
    expect(replaceTable(guide, componentsTable())).toBe(guide);
  });

  it("fails the check when an example stops matching the content", async () => {
    const withoutSerum = { ...real, glossary: real.glossary.filter((g) => g.id !== "serum") };
    const { problems } = await compileExamples(withoutSerum);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/components\/mdx\/term\/examples\.ts\s+example "a word in a sentence": unknown glossary term "serum"/),
    ]);
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx";
import { priceText } from "@/components/mdx/clinic-prices/clinic-prices";
import { renderMdxToHtml } from "@/components/mdx/render-static";
import { pageReferences } from "@/lib/content/references";
import type { Content } from "@/lib/content/types";
import { edit, fixtureRoot, load, loadError } from "./helpers";

const bars = "figures/fixture-bars.yaml";
const beta = "articles/beta-article.mdx";

function page(content: Content, slug: string) {
  const article = content.articles.find((a) => a.slug === slug)!;
  return renderMdxToHtml(article.code, mdxComponents(article, content.glossary, content.shared, "en"));
}

describe("figures: drawn at build time from typed data", () => {
  it("draws bars with a caption and the same numbers as a table, citing the figure's sources", async () => {
    const content = await load(fixtureRoot());
    const html = page(content, "beta-article");
    expect(html).toMatch(
      /<figure class="figure not-prose" aria-labelledby="fig-fixture-bars" data-figure="fixture-bars"><figcaption><span class="figure-title" id="fig-fixture-bars">Fixture foods<\/span>/,
    );
    expect(html).toMatch(/<svg viewBox="0 0 320 \d+" class="figure-chart" role="img" aria-label="Bar chart: Fixture foods\./);
    // Every number of the data is both drawn and in the table.
    for (const n of ["150", "200", "60", "80", "300"]) {
      expect(html).toContain(`>${n} mg</text>`);
      expect(html).toMatch(new RegExp(`<td( colSpan="2")?>${n}</td>`));
    }
    expect(html).toContain('href="#ref-shared-guide"');
    const beta = content.articles.find((a) => a.slug === "beta-article")!;
    expect(pageReferences(beta, content.shared).map((s) => s.id)).toContain("shared-guide");
  });

  it("draws a timeline whose steps and total come from the data", async () => {
    const root = fixtureRoot();
    edit(root, beta, (s) => `${s}\n<Figure id="fixture-visit" />\n`);
    const html = page(await load(root), "beta-article");
    expect(html).toContain("<strong>Check-in</strong>: 10 to 15 minutes. Questions about your health.");
    expect(html).toContain("In all: about 55 to 65 minutes.");
    expect(html).toContain(">65 minutes</text>");
  });

  it("never invents a time: a step without one says to ask, and no total is given", async () => {
    const root = fixtureRoot();
    edit(root, "figures/fixture-visit.yaml", (s) => s.replace("{ label: Check-in, minutes: [10, 15],", "{ label: Check-in,"));
    edit(root, beta, (s) => `${s}\n<Figure id="fixture-visit" />\n`);
    const html = page(await load(root), "beta-article");
    expect(html).toContain("<strong>Check-in</strong>: ask the clinic. Questions about your health.");
    expect(html).toContain("Some steps have no set time, so ask the clinic how long the whole visit takes.");
    expect(html).not.toContain("In all:");
  });

  it("rejects a bad value, naming the file, line and field", async () => {
    const root = fixtureRoot();
    edit(root, bars, (s) => s.replace("values: { women: 60, men: 80 }", "values: { women: -60, men: 80 }"));
    expect(await loadError(root)).toMatch(
      /figures\/fixture-bars\.yaml:12\s+rows\[1\]\.values\.women: Too small: expected number to be >=0 \(got -60\)/,
    );
  });

  it("rejects a row that misses a series, a source that does not exist and an unknown kind", async () => {
    const root = fixtureRoot();
    edit(root, bars, (s) => s.replace("values: { women: 150, men: 200 }", "values: { women: 150 }"));
    edit(root, "figures/fixture-visit.yaml", (s) => s.replace("kind: timeline", "kind: pie"));
    const message = await loadError(root);
    expect(message).toMatch(/fixture-bars\.yaml:11\s+rows\[0\]\.values: expected a value for each series \(women, men\), got women/);
    expect(message).toMatch(
      /fixture-visit\.yaml:3\s+kind: Invalid discriminator value\. Expected 'bars' \| 'timeline' \| 'parts' \(got "pie"\)/,
    );
    expect(message, "a broken figure file does not also make every use of a figure unknown").not.toMatch(/unknown figure/);
  });

  it("rejects a source that does not exist", async () => {
    const root = fixtureRoot();
    edit(root, bars, (s) => s.replace("sources: [shared-guide]", "sources: [nowhere]"));
    expect(await loadError(root)).toMatch(
      /fixture-bars\.yaml:4\s+sources\[0\]: unknown source "nowhere": expected an id from content\/sources\.yaml/,
    );
  });

  it("rejects shares that do not add up to 100", async () => {
    const root = fixtureRoot();
    writeFileSync(
      join(root, "content", "figures", "fixture-parts.yaml"),
      "title: Fixture parts\ncaption: Where a fixture goes.\nkind: parts\nsources: [shared-guide]\nunit: '%'\nparts:\n  - { label: Kept, value: 60 }\n  - { label: Lost, value: 30 }\n",
    );
    expect(await loadError(root)).toMatch(/fixture-parts\.yaml:7\s+parts: expected shares that add up to 100, got 90/);
  });

  it("rejects an unknown figure in an article", async () => {
    const root = fixtureRoot();
    edit(root, beta, (s) => s.replace('<Figure id="fixture-bars" />', '<Figure id="fixture-pie" />'));
    expect(await loadError(root)).toMatch(
      /beta-article\.mdx:\d+\s+<Figure> id: unknown figure "fixture-pie": expected one of the files in content\/figures\/ \(fixture-bars, fixture-visit\)/,
    );
  });
});

describe("clinic prices", () => {
  it("shows a price the clinic set, and says 'ask' until it has", () => {
    expect(priceText({ amount: 150, currency: "USD" })).toBe("$150");
    expect(priceText({ amount: 99.5, currency: "USD" })).toBe("$99.50");
    expect(priceText(null)).toBe("Ask the clinic");
  });
});

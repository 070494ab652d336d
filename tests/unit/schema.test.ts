import { describe, expect, it } from "vitest";
import { articleFrontmatterSchema, glossaryFrontmatterSchema } from "@/lib/content/schema";

const good = {
  title: "Magnesium deficiency",
  description: "What low magnesium is, who is at risk, and how it is tested, in plain language.",
  topic: "magnesium-basics",
  summary: "Low magnesium is hard to spot from symptoms alone.",
  lastReviewed: "2026-11-22",
  nextReviewDue: "2027-11-22",
  reviewer: "clinical-lead",
  changes: [{ date: "2026-11-22", summary: "First published." }],
  sources: [
    { id: "ods", title: "Magnesium fact sheet", publisher: "NIH ODS", url: "https://ods.od.nih.gov/factsheets/Magnesium-Consumer/" },
    { id: "statpearls", title: "Hypomagnesemia", publisher: "StatPearls", url: "https://www.ncbi.nlm.nih.gov/books/NBK500003/" },
  ],
};

/** The one message zod gives for `input`, as "field: message". */
function rejection(input: unknown): string {
  const result = articleFrontmatterSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n");
}

describe("article frontmatter schema", () => {
  it("accepts good frontmatter and fills in defaults", () => {
    const parsed = articleFrontmatterSchema.parse(good);
    expect(parsed.related).toEqual([]);
    expect(parsed.draft).toBe(false);
  });

  it("rejects a missing title", () => {
    const { title: _omit, ...rest } = good;
    expect(rejection(rest)).toMatch(/^title: /);
  });

  it("rejects a description longer than 160 characters", () => {
    expect(rejection({ ...good, description: "x".repeat(161) })).toMatch(/^description: .*160/);
  });

  it("rejects a date that is not YYYY-MM-DD", () => {
    expect(rejection({ ...good, lastReviewed: "22/11/2026" })).toMatch(/^lastReviewed: expected a date written as YYYY-MM-DD/);
  });

  it("rejects a date that does not exist", () => {
    expect(rejection({ ...good, lastReviewed: "2026-02-30" })).toMatch(/^lastReviewed: expected a real calendar date/);
  });

  it("rejects a next review date that is not after the last review", () => {
    expect(rejection({ ...good, nextReviewDue: "2026-11-22" })).toMatch(/^nextReviewDue: expected a date after lastReviewed/);
  });

  it("rejects an unknown topic", () => {
    expect(rejection({ ...good, topic: "wellness" })).toMatch(/^topic: /);
  });

  it("rejects a source without https", () => {
    const sources = [good.sources[0], { ...good.sources[1], url: "http://example.org/x" }];
    expect(rejection({ ...good, sources })).toMatch(/^sources\.1\.url: expected an https:\/\/ URL/);
  });

  it("rejects duplicate source ids", () => {
    expect(rejection({ ...good, sources: [good.sources[0], good.sources[0]] })).toMatch(/^sources\.1\.id: duplicate source id "ods"/);
  });

  it("rejects a misspelt field instead of ignoring it", () => {
    expect(rejection({ ...good, sumary: "typo" })).toMatch(/sumary/);
  });

  it("rejects a multi-line summary", () => {
    expect(rejection({ ...good, summary: "one line\nand another line" })).toMatch(/^summary: expected a single line/);
  });
});

describe("glossary frontmatter schema", () => {
  it("accepts a term with a definition and a source", () => {
    const parsed = glossaryFrontmatterSchema.parse({
      term: "Serum",
      definition: "The clear liquid part of blood.",
      sources: [{ title: "Blood tests", publisher: "MedlinePlus", url: "https://medlineplus.gov/bloodtests.html" }],
    });
    expect(parsed.aliases).toEqual([]);
  });

  it("rejects a term without sources", () => {
    const result = glossaryFrontmatterSchema.safeParse({ term: "Serum", definition: "The clear liquid part of blood.", sources: [] });
    expect(result.error?.issues[0]?.message).toBe("expected at least 1 source");
  });
});

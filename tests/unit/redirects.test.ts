import { describe, expect, it } from "vitest";
import { redirectsOf } from "@/lib/content/redirects";
import { edit, fixtureRoot, load, untranslated } from "./helpers";

describe("redirectsOf", () => {
  it("points every former slug and glossary id of published content at its current page", async () => {
    const root = fixtureRoot();
    edit(root, "articles/alpha-article.mdx", (s) =>
      s.replace("reviewer: clinical-lead", "reviewer: clinical-lead\nformerSlugs: [first-alpha]"),
    );
    edit(root, "glossary/serum.mdx", (s) => s.replace(/^---\n/, "---\nformerIds: [blood-serum]\n"));
    // The Spanish edition answers to the same old addresses under its prefix.
    expect(redirectsOf(await load(root))).toEqual([
      { from: "/articles/first-alpha", to: "/articles/alpha-article" },
      { from: "/es/articles/first-alpha", to: "/es/articles/alpha-article" },
      { from: "/es/glossary/blood-serum", to: "/es/glossary/serum" },
      { from: "/glossary/blood-serum", to: "/glossary/serum" },
    ]);
  });

  it("leaves out drafts, which are never published", async () => {
    const root = fixtureRoot();
    edit(root, "articles/beta-article.mdx", (s) =>
      s.replace("reviewer: clinical-lead", "reviewer: clinical-lead\ndraft: true\nformerSlugs: [old-beta]"),
    );
    edit(root, "articles/alpha-article.mdx", (s) =>
      s.replace("related: [beta-article]", "related: []").replace("[link](/articles/beta-article#beta-section)", "link"),
    );
    untranslated(root, "alpha-article");
    expect(redirectsOf(await load(root, { includeDrafts: true }))).toEqual([]);
  });
});

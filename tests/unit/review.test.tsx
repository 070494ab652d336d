import { lastChanged } from "@/lib/content/changes";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReviewBox } from "@/components/article/review-box";
import { ReviewPack } from "@/components/review/review-pack";
import type { Content } from "@/lib/content/load";
import { pageReferences } from "@/lib/content/references";
import { edit, fixtureRoot, load, loadError } from "./helpers";

/** Runs one of the project's command-line steps against a fixture content tree, as an editor would. */
function run(script: string, root: string, ...args: string[]) {
  const result = spawnSync(join(process.cwd(), "node_modules", ".bin", "tsx"), [join(process.cwd(), "lib", "cli", script), ...args], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_ROOT: root },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const sign = (root: string, ...args: string[]) => run("review-sign.ts", root, ...args);

function reviewBox(content: Content, slug: string) {
  const a = content.articles.find((x) => x.slug === slug)!;
  const reviewer = content.reviewers.find((r) => r.id === a.frontmatter.reviewer)!;
  return renderToStaticMarkup(
    <ReviewBox
      lastReviewed={a.frontmatter.lastReviewed}
      nextReviewDue={a.frontmatter.nextReviewDue}
      lastUpdated={lastChanged(a.frontmatter)}
      overdue={a.overdue}
      reviewer={reviewer}
      review={a.review}
      lang="en"
    />,
  );
}

describe("medical sign-off", () => {
  it("says 'not yet signed off' until a named reviewer signs", async () => {
    const content = await load(fixtureRoot());
    expect(content.articles.every((a) => a.review.status === "not-signed")).toBe(true);
    expect(reviewBox(content, "alpha-article")).toContain("Not yet signed off.");
  });

  it("records who signed, when and a hash; the page shows the name only while its content still matches", async () => {
    const root = fixtureRoot();
    const signed = sign(root, "fixture-doctor", "alpha-article", "--date", "2026-06-02");
    expect(signed.output).toContain("Fixture Reviewer signed off 1 document on 2026-06-02: articles/alpha-article");
    expect(signed.status).toBe(0);
    const record = JSON.parse(readFileSync(join(root, "content", "sign-offs.json"), "utf8"));
    expect(record.signOffs).toEqual([
      {
        document: "articles/alpha-article",
        reviewer: "fixture-doctor",
        date: "2026-06-02",
        hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      },
    ]);

    const before = await load(root);
    expect(before.articles.find((a) => a.slug === "alpha-article")!.review).toMatchObject({ status: "signed", date: "2026-06-02" });
    expect(reviewBox(before, "alpha-article")).toMatch(
      /Signed off by Fixture Reviewer, MD \(supervising physician\) on <time dateTime="2026-06-02">/,
    );
    expect(reviewBox(before, "beta-article")).toContain("Not yet signed off.");
    expect(before.warnings).toEqual([]);

    edit(root, "articles/alpha-article.mdx", (s) => s.replace("A note.", "A note that changed."));
    const after = await load(root);
    expect(after.articles.find((a) => a.slug === "alpha-article")!.review.status).toBe("changed");
    const box = reviewBox(after, "alpha-article");
    expect(box).toContain("Changed since the last medical review.");
    expect(box).not.toContain("Signed off by");
    expect(after.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("changed since the last medical review (signed off by Fixture Reviewer on 2026-06-02)"),
    ]);

    const strict = run("check-content.ts", root, "--strict");
    expect(strict.output).toMatch(/alpha-article\.mdx\s+changed since the last medical review/);
    expect(strict.status).toBe(1);
    const lenient = run("check-content.ts", root);
    expect(lenient.output).toMatch(/1 warning/);
    expect(lenient.status).toBe(0);
  });

  it("counts the safety data a page shows as part of what was signed", async () => {
    const root = fixtureRoot();
    edit(root, "articles/beta-article.mdx", (s) => `${s}\n<SafetyList list="fixture-interactions" />\n`);
    expect(sign(root, "fixture-doctor", "--all", "--date", "2026-06-02").status).toBe(0);
    // A group only alpha shows: alpha changes; beta, which shows other safety data, does not.
    edit(root, "safety/red-flags.yaml", (s) => s.replace("a fixture sign that will not go away", "a reworded fixture sign"));
    const content = await load(root);
    const state = (slug: string) => content.articles.find((a) => a.slug === slug)!.review.status;
    expect(state("alpha-article")).toBe("changed");
    expect(state("beta-article")).toBe("signed");
    expect(content.glossary.every((g) => g.review.status === "signed")).toBe(true);
  });

  it("refuses a reviewer without a name, an unknown reviewer and an unknown document", async () => {
    const root = fixtureRoot();
    const nameless = sign(root, "clinical-lead", "alpha-article");
    expect(nameless.output).toContain('"clinical-lead" has no name in content/reviewers.json');
    expect(nameless.status).toBe(1);
    expect(sign(root, "nobody", "alpha-article").output).toContain('unknown reviewer "nobody"');
    expect(sign(root, "fixture-doctor", "no-such-article").output).toContain('no article or glossary term "no-such-article"');
  });

  it("fails the content check on a sign-off record that names no real document or an unnamed reviewer", async () => {
    const root = fixtureRoot();
    const hash = `sha256:${"0".repeat(64)}`;
    writeFileSync(
      join(root, "content", "sign-offs.json"),
      JSON.stringify(
        {
          signOffs: [
            { document: "articles/gone", reviewer: "fixture-doctor", date: "2026-06-02", hash },
            { document: "glossary/serum", reviewer: "clinical-lead", date: "2026-06-02", hash },
          ],
        },
        null,
        2,
      ),
    );
    const message = await loadError(root);
    expect(message).toMatch(/sign-offs\.json:4\s+signOffs\[0\]\.document: no such document "articles\/gone"/);
    expect(message).toMatch(
      /sign-offs\.json:10\s+signOffs\[1\]\.reviewer: "clinical-lead" has no name in content\/reviewers\.json: only a named person can sign off/,
    );
  });
});

describe("review dates", () => {
  it("an overdue page still builds and says plainly that its review is overdue", async () => {
    const root = fixtureRoot();
    expect(reviewBox(await load(root, { today: "2027-01-10" }), "alpha-article")).not.toContain("overdue");
    const box = reviewBox(await load(root, { today: "2031-01-01" }), "alpha-article");
    expect(box).toMatch(/Review overdue since <time dateTime="2027-01-10">/);
    expect(box).toContain("(overdue)");
  });
});

describe("review pack", () => {
  it("lists every cited statement with its sources, the uncited text, the safety data and the hash", async () => {
    const content = await load(fixtureRoot());
    const article = content.articles.find((a) => a.slug === "alpha-article")!;
    const html = renderToStaticMarkup(
      <ReviewPack
        article={article}
        references={pageReferences(article, content.shared)}
        safety={content.shared}
        glossary={content.glossary}
      />,
    );
    expect(html).toMatch(
      /<p>Magnesium is a mineral \.<\/p><p class="text-base">Line 30\. Cites <span><a href="#ref-source-one">\[1\]<\/a> Source one<\/span>/,
    );
    expect(html).toContain("Text that cites no source (");
    expect(html).toMatch(/<li>A note\. <span class="text-base">\(line \d+\)<\/span><\/li>/);
    expect(html).toContain("Signs of a fixture emergency");
    expect(html).toContain("Reasons not to have a fixture");
    expect(html).toContain(article.reviewHash);
    expect(html).toContain("npm run review:sign -- &lt;your-reviewer-id&gt; alpha-article");
  });
});

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { PacketPart } from "@/components/handout/packet-part";
import { lastChanged, recordNow, visibleChanges } from "@/lib/content/changes";
import { scopedValue, stripPage } from "@/lib/build/strip-page";
import { qrSvg } from "@/lib/qr";
import { edit, fixtureRoot, load, loadError } from "./helpers";

const alpha = "articles/alpha-article.mdx";

/** A fixture whose published record says what each article says now. */
async function recordedFixture() {
  const root = fixtureRoot();
  writeFileSync(join(root, "content", "published-content.json"), JSON.stringify(recordNow({}, (await load(root)).articles)));
  return root;
}

describe("the change log", () => {
  it("is shown newest first, leaves cosmetic edits out, and gives the page its modified date", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("changes:\n", "changes:\n  - date: 2026-05-20\n    summary: Fixed a typo.\n    cosmetic: true\n"));
    const fm = (await load(root)).articles.find((a) => a.slug === "alpha-article")!.frontmatter;
    expect(visibleChanges(fm).map((c) => c.date)).toEqual(["2026-06-01", "2026-03-01", "2026-01-10"]);
    expect(lastChanged(fm)).toBe("2026-06-01");
  });

  it("rejects a section id the article does not have, naming the file, line and field", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("sections: [uses]", "sections: [usage]"));
    expect(await loadError(root)).toMatch(
      /alpha-article\.mdx:23\s+changes\[1\]\.sections\[0\]: no section "usage" in this article: expected one of its heading ids/,
    );
  });

  it("accepts a renamed section's old id", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) =>
      s
        .replace("sections: [uses]", "sections: [old-uses]")
        .replace("related: [beta-article]", "related: [beta-article]\nformerAnchors:\n  old-uses: uses"),
    );
    await expect(load(root)).resolves.toBeTruthy();
  });

  it("rejects a date in the future and an article without an entry", async () => {
    const root = fixtureRoot();
    edit(root, alpha, (s) => s.replace("date: 2026-06-01", "date: 2026-06-02"));
    expect(await loadError(root)).toMatch(
      /alpha-article\.mdx:20\s+changes\[0\]\.date: 2026-06-02 is in the future \(today is 2026-06-01\)/,
    );
    const bare = fixtureRoot();
    edit(bare, "articles/beta-article.mdx", (s) => s.replace(/changes:\n(  .*\n)+/, ""));
    expect(await loadError(bare)).toMatch(/beta-article\.mdx:\d+\s+changes: /);
  });
});

describe("the published record", () => {
  it("fails when content changed without a new change entry, and takes one once it is added", async () => {
    const root = await recordedFixture();
    edit(root, alpha, (s) =>
      s.replace("## First section {#first-section}", "## First section {#first-section}\n\nA new sentence for readers."),
    );
    expect(await loadError(root)).toMatch(
      /alpha-article\.mdx:\d+\s+changes: the content differs from what was last published .* no change entry was added/,
    );
    edit(root, alpha, (s) =>
      s.replace("changes:\n", "changes:\n  - date: 2026-06-01\n    summary: Added a sentence.\n    sections: [first-section]\n"),
    );
    const content = await load(root);
    expect(content.warnings.map((w) => w.message).join("\n")).toMatch(/run npm run urls:update to record it/);
  });

  it("is not a change for readers when only the review dates move", async () => {
    const root = await recordedFixture();
    edit(root, alpha, (s) => s.replace("lastReviewed: 2026-01-10", "lastReviewed: 2026-02-10"));
    const content = await load(root);
    expect(content.warnings).toEqual([]);
  });

  it("sees a change to shared safety text the article shows", async () => {
    const root = await recordedFixture();
    const file = join(root, "content", "safety", "red-flags.yaml");
    const before = readFileSync(file, "utf8");
    const after = before.replace(/(text: )(.)/, "$1Very $2");
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    expect(await loadError(root)).toMatch(/alpha-article\.mdx:\d+\s+changes: the content differs/);
  });
});

describe("ready-made packets", () => {
  it("reject an unknown article or section and a reserved id, naming the line", async () => {
    const root = fixtureRoot();
    edit(root, "packets.yaml", (s) =>
      s
        .replace("id: fixture-packet", "id: parts")
        .replace("alpha-article:uses", "alpha-article:nope")
        .replace(/ {6}- alpha-article\n$/, "      - gamma\n"),
    );
    const message = await loadError(root);
    expect(message).toMatch(/packets\.yaml:2\s+packets\[0\]\.id: "parts" is used by the site itself/);
    expect(message).toMatch(/packets\.yaml:7\s+packets\[0\]\.items\[1\]: "alpha-article" has no section "nope"/);
    expect(message).toMatch(/packets\.yaml:8\s+packets\[0\]\.items\[2\]: no article "gamma"/);
  });

  it("a piece holds its section up to the next section of its level, with only the sources it cites", async () => {
    const content = await load(fixtureRoot());
    const article = content.articles.find((a) => a.slug === "alpha-article")!;
    const html = (section: string | null) =>
      renderToStaticMarkup(
        <PacketPart article={article} section={section} glossary={content.glossary} shared={content.shared} lang="en" />,
      );
    const first = html("first-section");
    expect(first).toContain('data-part="alpha-article:first-section"');
    expect(first).toContain('id="a-subsection"');
    expect(first).not.toContain('id="uses"');
    const whole = html(null);
    expect(whole).toContain('id="uses"');
    const refs = (h: string) => [...h.matchAll(/<li id="ref-([a-z0-9-]+)" value="(\d+)"/g)].map((m) => `${m[2]}:${m[1]}`);
    expect(refs(first).length).toBeGreaterThan(0);
    expect(refs(first).length).toBeLessThanOrEqual(refs(whole).length);
    for (const ref of refs(first)) expect(refs(whole)).toContain(ref);
    expect(html("no-such-section")).toBe("");
  });
});

describe("ids inside a packet piece", () => {
  it("are scoped to the piece, with their references, and nothing outside changes", () => {
    expect(scopedValue("href", "#ref-a", "s--x--")).toBe("#s--x--ref-a");
    expect(scopedValue("href", "https://example.org/#a", "s--x--")).toBeNull();
    expect(scopedValue("aria-labelledby", "a b", "s--")).toBe("s--a s--b");
    expect(scopedValue("class", "a", "s--")).toBeNull();
    const page =
      '<!doctype html><html><head><meta charset="utf-8"></head><body><h2 id="top">T</h2>' +
      '<section data-part="s:x" aria-labelledby="x"><h2 id="x">X</h2><a href="#ref-a">1</a><li id="ref-a">A</li><button popovertarget="d">w</button><span id="d" popover>d</span></section></body></html>';
    const { html } = stripPage(page, { csp: "default-src 'self'", enhanceScript: "/e.js" });
    expect(html).toContain('<h2 id="top">');
    expect(html).toContain('aria-labelledby="s--x--x"');
    expect(html).toContain('<h2 id="s--x--x">');
    expect(html).toContain('href="#s--x--ref-a"');
    expect(html).toContain('id="s--x--ref-a"');
    expect(html).toContain('popovertarget="s--x--d"');
  });
});

describe("the QR code", () => {
  it("decodes to exactly the text it was made from", () => {
    const url = "https://magnesium-guide.example/handout?items=side-effects:common,faq:drip-site-care&sent=2027-01-05";
    const png = new Resvg(qrSvg(url), { fitTo: { mode: "width", value: 400 } }).render();
    const decoded = jsQR(new Uint8ClampedArray(png.pixels), png.width, png.height);
    expect(decoded?.data).toBe(url);
  });
});

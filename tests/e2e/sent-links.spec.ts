import { readFileSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { visibleChanges } from "@/lib/content/changes";
import { loadContent } from "@/lib/content/load";
import { contentOptions } from "@/lib/content/options";
import { formatDate as formatDateIn } from "@/lib/i18n/lang";
const formatDate = (iso: string) => formatDateIn(iso, "en");

// Links staff send stay true: "updated since you were sent this", notes for the record, handout packets.
// Expectations come from the content itself, so editing a change log breaks nothing here.
const siteUrl = (JSON.parse(readFileSync("content/site.json", "utf8")) as { siteUrl: string }).siteUrl;
const content = await loadContent({ ...contentOptions(), includeDrafts: false });
/** An article with a change that touched named sections, and an older change before it. */
const article = content.articles.find((a) => {
  const changes = visibleChanges(a.frontmatter);
  return changes.length >= 2 && changes[0]!.sections.length > 0 && changes[1]!.date < changes[0]!.date;
})!;
const [latest, older] = visibleChanges(article.frontmatter);
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const other = content.articles.find((a) => a.slug !== article.slug && a.facts.headings.length > 0)!;
/** Three sections from two articles. */
const items = [
  `${article.slug}:${article.facts.headings[0]!.id}`,
  `${other.slug}:${other.facts.headings[0]!.id}`,
  `${article.slug}:${article.facts.headings.at(-1)!.id}`,
];
const headingText = (id: string) => article.facts.headings.find((h) => h.id === id)!.text;

/** Decodes the QR code drawn in an element, from a screenshot of it. */
async function qrText(element: Locator): Promise<string | null> {
  const png = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

test.describe("a page opened from a link made before it changed", () => {
  test("lists exactly the changes after the link's date and marks each changed section", async ({ page }) => {
    const sent = dayBefore(latest!.date);
    const since = visibleChanges(article.frontmatter).filter((c) => c.date > sent);
    await page.goto(`/articles/${article.slug}?sent=${sent}`);
    const notice = page.getByRole("region", { name: "Updated since you were sent this link" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(formatDate(sent));
    await expect(notice.locator("li")).toHaveCount(since.length);
    for (const [i, change] of since.entries()) await expect(notice.locator("li").nth(i)).toContainText(change.summary);
    // An older change (before the link was made) is not listed.
    await expect(notice).not.toContainText(older!.summary);
    const changed = [...new Set(since.flatMap((c) => c.sections))];
    await expect(page.locator(".updated-mark")).toHaveCount(changed.length);
    for (const id of changed) {
      const mark = page.locator(`[id="${id}"]`).locator("xpath=ancestor-or-self::*[following-sibling::p[@class='updated-mark']][1]");
      await expect(mark.locator("xpath=following-sibling::p[1]"), id).toHaveClass("updated-mark");
    }
  });

  test("a section link whose section changed says so at that section, and the section stays in view", async ({ page }) => {
    const id = latest!.sections[0]!;
    await page.goto(`/articles/${article.slug}?sent=${dayBefore(latest!.date)}#${id}`);
    const heading = page.getByRole("heading", { name: headingText(id), exact: true });
    const mark = heading.locator("xpath=(ancestor-or-self::*[contains(@class,'section-heading')]|.)[1]/following-sibling::p[1]");
    await expect(mark).toHaveClass("updated-mark");
    await expect(mark).toContainText(latest!.summary);
    await expect(heading).toBeInViewport();
  });

  test("a link made on or after the last change shows nothing, and a malformed date is ignored", async ({ page }) => {
    for (const sent of [latest!.date, "2999-01-01", "2026-02-30", "yesterday", "2026-1-5", "<b>x</b>"]) {
      await page.goto(`/articles/${article.slug}?sent=${encodeURIComponent(sent)}`);
      await expect(page.locator("[data-changes] li").first()).toBeVisible();
      await expect(page.locator(".updated-notice"), sent).toHaveCount(0);
      await expect(page.locator(".updated-mark"), sent).toHaveCount(0);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the change log is on the page, and a ready-made packet is complete with its QR code", async ({ page }) => {
    await page.goto(`/articles/${article.slug}?sent=2000-01-01`);
    await expect(page.getByRole("heading", { name: "What changed" })).toBeVisible();
    await expect(page.locator("[data-changes] li")).toHaveCount(visibleChanges(article.frontmatter).length);
    await expect(page.locator(".updated-notice")).toHaveCount(0);
    const packet = content.packets[0]!;
    await page.goto(`/handout/${packet.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(packet.title);
    await expect(page.locator(".packet-part")).toHaveCount(packet.items.length);
    expect(await qrText(page.locator(".packet-footer .print-qr"))).toBe(`${siteUrl}/handout/${packet.id}`);
  });

  test("a packet that needs the browser to put it together says so and offers the ready-made ones", async ({ page }) => {
    await page.goto(`/handout?items=${article.slug}`);
    await expect(page.locator("[data-packet-waiting]")).toContainText("needs JavaScript");
    for (const p of content.packets) await expect(page.getByRole("link", { name: p.title })).toBeVisible();
  });
});

test.describe("handout packets", () => {
  test("three sections from two articles print as one document with one QR code for the packet's own address", async ({ page }) => {
    const query = `items=${items.join(",")}&sent=2000-01-01`;
    await page.goto(`/handout?${query}`);
    const parts = page.locator("[data-packet-items] .packet-part");
    await expect(parts).toHaveCount(3);
    for (const [i, item] of items.entries()) await expect(parts.nth(i)).toHaveAttribute("data-part", item);
    // Each piece has its own sources, review date and link.
    for (let i = 0; i < 3; i++) {
      await expect(parts.nth(i).locator(".packet-meta")).toContainText("Last reviewed");
      await expect(parts.nth(i).locator(".packet-meta a")).toHaveAttribute("href", new RegExp(`^${siteUrl}/articles/`));
    }
    await expect(parts.first().locator(".packet-sources li").first()).toBeVisible();
    // Ids are unique across pieces, so every citation mark lands on its own piece's source list.
    const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    for (let i = 0; i < 3; i++) await expect(parts.nth(i)).toBeVisible();
    const qrs = page.locator("svg").filter({ visible: true });
    const codes = page.locator(".print-qr").filter({ visible: true });
    await expect(codes).toHaveCount(1);
    expect(await qrs.count()).toBeGreaterThanOrEqual(1);
    expect(await qrText(codes.first())).toBe(`${siteUrl}/handout?${query}`);
    await expect(page.locator(".packet-footer")).toContainText("In an emergency, call");
  });

  test("unknown items are named on the page, and the rest of the packet still shows", async ({ page }) => {
    await page.goto(`/handout?items=${items[0]},no-such-article,${article.slug}:no-such-section,bad!item`);
    await expect(page.locator("[data-packet-items] .packet-part")).toHaveCount(1);
    const missing = page.locator("[data-packet-missing]");
    await expect(missing).toBeVisible();
    await expect(missing.locator("li")).toHaveText(["no-such-article", `${article.slug}:no-such-section`, "bad!item"]);
    await page.goto("/handout?items=");
    await expect(page.locator("[data-packet-empty]")).toBeVisible();
  });

  test("a packet honours its sent date: changes since are listed once and the changed pieces marked", async ({ page }) => {
    const id = latest!.sections[0]!;
    await page.goto(`/handout?items=${article.slug}:${id},${article.slug}&sent=${dayBefore(latest!.date)}`);
    const notice = page.locator(".updated-notice");
    await expect(notice).toBeVisible();
    await expect(notice.locator("li").filter({ hasText: latest!.summary })).toHaveCount(1);
    await expect(page.locator("[data-part] .updated-mark").first()).toBeVisible();
    await page.goto(`/handout?items=${article.slug}:${id}&sent=${latest!.date}`);
    await expect(page.locator("[data-packet-items] .packet-part")).toHaveCount(1);
    await expect(page.locator(".updated-notice")).toHaveCount(0);
  });
});

test.describe("the share page", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a section's note for the record has its title, review date and dated link", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2031-03-04T10:00:00"));
    await page.goto("/share");
    const card = page
      .locator("main > ul > li")
      .filter({ has: page.getByRole("heading", { name: article.frontmatter.title, exact: true }) });
    const section = article.facts.headings[0]!;
    const row = card
      .locator("ul li")
      .filter({ has: page.getByRole("link", { name: section.text, exact: true }) })
      .first();
    await row.getByText("Note for the record", { exact: true }).click();
    const url = `${siteUrl}/articles/${article.slug}?sent=2031-03-04#${section.id}`;
    const expected = `Patient education: “${article.frontmatter.title}”, section “${section.text}” (last reviewed ${formatDate(article.frontmatter.lastReviewed)}): ${url}`;
    await expect(row.locator(".record-note p")).toHaveText(expected);
    await row.getByRole("button", { name: /^Copy note for the record/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test("ticking sections makes one packet link, dated today, that opens the packet", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2031-03-04T10:00:00"));
    await page.goto("/share");
    const ticks = [items[0]!, items[1]!];
    for (const value of ticks) await page.locator(`input[name=items][value="${value}"]`).check();
    await expect(page.locator("[data-packet-count]").first()).toHaveText("2 items ticked");
    await page.getByRole("button", { name: "Open the packet" }).first().click();
    // The share page's order, which is title order; the ticks came in that order too.
    await expect(page).toHaveURL(new RegExp(`/handout\\?items=(${ticks.join(",")}|${[...ticks].reverse().join(",")})&sent=2031-03-04$`));
    await expect(page.locator("[data-packet-items] .packet-part")).toHaveCount(2);
  });

  test("ready-made packets are listed with dated links", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2031-03-04T10:00:00"));
    await page.goto("/share");
    for (const p of content.packets)
      await expect(page.getByRole("region", { name: "Handout packets" }).getByRole("link", { name: p.title, exact: true })).toHaveAttribute(
        "href",
        `${siteUrl}/handout/${p.id}?sent=2031-03-04`,
      );
  });
});

import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { sitePages } from "./quality/site-pages";

const siteUrl = (JSON.parse(readFileSync("content/site.json", "utf8")) as { siteUrl: string }).siteUrl;
const manifest = JSON.parse(readFileSync("content/published-urls.json", "utf8")) as Record<string, string[]>;

test.describe("copy link to a section", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("puts the section's absolute URL on the clipboard and announces it", async ({ page }) => {
    await page.goto("/articles/side-effects");
    const heading = page.locator(".section-heading h2").nth(1);
    const id = (await heading.getAttribute("id"))!;
    const text = (await heading.textContent())!;
    const button = page.getByRole("button", { name: `Copy link: ${text}`, exact: true });
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/articles/side-effects#${id}`);
    await expect(button.locator("xpath=..").getByRole("status")).toHaveText("Copied to the clipboard");
  });

  test("works by keyboard", async ({ page }) => {
    await page.goto("/articles/magnesium-deficiency");
    const heading = page.locator(".section-heading h2").first();
    const id = (await heading.getAttribute("id"))!;
    // Once the page is interactive the control is a button (before that, a plain link).
    const control = page.locator(".section-heading button.copy-link-control").first();
    await control.focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}/articles/magnesium-deficiency#${id}`);
  });

  test("is on every h2 of an article", async ({ page }) => {
    await page.goto("/articles/uses-of-iv-magnesium");
    const bodyH2 = page.locator(".prose h2");
    expect(await bodyH2.count()).toBeGreaterThan(2);
    expect(await page.locator(".prose .section-heading .copy-link-control").count()).toBe(await bodyH2.count());
  });
});

test("without JavaScript, the copy control is a plain link to the section", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/articles/side-effects");
  const id = await page.locator(".section-heading h2").first().getAttribute("id");
  await expect(page.locator(".section-heading a.copy-link-control").first()).toHaveAttribute(
    "href",
    `${siteUrl}/articles/side-effects#${id}`,
  );
  await context.close();
});

test("every URL and anchor in content/published-urls.json resolves in the built site", async ({ request }) => {
  const entries = Object.entries(manifest);
  expect(entries.length).toBeGreaterThan(60);
  for (const [url, anchors] of entries) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    for (const anchor of anchors) expect(html, `${url}#${anchor}`).toContain(`id="${anchor}"`);
  }
});

test.describe("the share page for staff", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("lists every article with its sections, is kept out of search engines, and copies email snippets", async ({ page }) => {
    await page.goto("/share");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    // The published articles now, from the same routes module as the build (the manifest only ever grows).
    const articleCount = sitePages.filter((p) => p.startsWith("/articles/")).length;
    await expect(page.locator("main > ul > li")).toHaveCount(articleCount);
    const first = page.locator("main > ul > li").first();
    const title = (await first.locator("h2").textContent())!;
    await first.getByRole("button", { name: `Copy email snippet: ${title}` }).click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const lines = snippet.split("\n");
    expect(lines[0]).toBe(title);
    expect(lines[2]).toMatch(new RegExp(`^${siteUrl}/articles/[a-z0-9-]+\\?sent=\\d{4}-\\d{2}-\\d{2}$`));

    await page.getByLabel(/Add a campaign tag/).check();
    await first.locator("ul li").first().getByRole("button").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`^${siteUrl}/articles/[a-z0-9-]+\\?sent=\\d{4}-\\d{2}-\\d{2}&utm_source=email#[a-z0-9-]+$`),
    );
  });
});

test("an article prints as a clean handout: URL, review date and QR code, no navigation", async ({ page }) => {
  await page.goto("/articles/side-effects");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator(".copy-link-control").first()).toBeHidden();
  await expect(page.locator(".skip-link")).toBeHidden();
  const footer = page.getByRole("complementary", { name: "Handout details" });
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(`${siteUrl}/articles/side-effects`);
  await expect(footer).toContainText(/Last reviewed\s*\w+ \d{1,2}, \d{4}/);
  await expect(footer.locator("svg")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Medical words on this page" })).toBeVisible();
  await expect(page.locator("#references + ol a").first()).toContainText("https://");
  await page.emulateMedia({ media: "screen" });
  await expect(footer).toBeHidden();
});

test("a figure prints in black and white, with its numbers as a table, and a red-flag card prints without colour", async ({ page }) => {
  await page.goto("/articles/how-much-magnesium-you-need");
  await page.emulateMedia({ media: "print" });
  const figure = page.locator("figure.figure").first();
  await expect(figure).toBeVisible();
  await expect(figure.locator("table")).toBeVisible();
  const fills = await figure.locator(".figure-series-1").evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).fill))]);
  expect(fills).toEqual(["rgb(0, 0, 0)"]);
  await page.goto("/articles/when-to-get-emergency-care");
  await page.emulateMedia({ media: "print" });
  const title = page.locator(".emergency-title").first();
  expect(await title.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor])).toEqual([
    "rgb(0, 0, 0)",
    "rgba(0, 0, 0, 0)",
  ]);
});

import { expect, test } from "@playwright/test";
import { sitePages } from "./quality/site-pages";

const pack = sitePages.find((p) => p.startsWith("/review/"))!;
const article = pack.replace("/review/", "/articles/");

test("a review pack lists the article's statements with their sources, and stays out of search engines", async ({ page, request }) => {
  await page.goto(pack);
  await expect(page.locator("h1")).toContainText("Medical review pack:");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const statements = page.locator("#statements + ol > li");
  expect(await statements.count()).toBeGreaterThan(3);
  // Every listed statement names at least one reference that exists in the pack's reference list.
  for (const href of await statements.locator('a[href^="#ref-"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
  await expect(page.getByText(/^sha256:[0-9a-f]{64}$/)).toHaveCount(1);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).not.toContain("/review/");
});

test("an article that nobody has signed off says so", async ({ page }) => {
  await page.goto(article);
  await expect(page.locator(".review-box")).toContainText("Not yet signed off.");
  await expect(page.locator(".review-box")).toHaveAttribute("data-review", "not-signed");
});

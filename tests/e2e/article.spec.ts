import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import { contentOptions } from "@/lib/content/options";
import { evidenceLevels } from "@/lib/content/schema";

/** The published articles and their section headings, from the content loader (drafts are never built). */
const content = await loadContent({ ...contentOptions(), includeDrafts: false });
const articles = content.articles.map((a) => ({ slug: a.slug, title: a.frontmatter.title, headings: a.facts.headings }));

test("a patient goes from the home page to an article and sees its headings", async ({ page }) => {
  const article = articles.find((a) => a.slug === "magnesium-deficiency") ?? articles[0]!;
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: article.title, exact: true }).click();
  await expect(page).toHaveURL(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  expect(article.headings.length).toBeGreaterThan(0);
  for (const h of article.headings) {
    await expect(page.locator(`[id="${h.id}"]`)).toContainText(h.text.replace(/[*_`]/g, ""));
  }
  await expect(page.getByRole("heading", { name: "References" })).toBeVisible();
});

test("every article page is built and renders its title", async ({ request }) => {
  for (const article of articles) {
    const response = await request.get(`/articles/${article.slug}`);
    expect(response.status(), article.slug).toBe(200);
    expect(await response.text()).toContain(`<h1`);
  }
});

test("an article loads no framework JavaScript: only the enhancement script", async ({ page }) => {
  const scripts = () =>
    page
      .locator("script:not([type='application/ld+json'])")
      .evaluateAll((els) => els.map((e) => `${e.getAttribute("type")} ${e.getAttribute("src")}`));
  for (const article of articles) {
    await page.goto(`/articles/${article.slug}`);
    expect(await scripts(), article.slug).toEqual([expect.stringMatching(/^module \/_assets\/enhance\.[0-9A-Za-z]+\.js$/)]);
  }
});

test("the search page loads Pagefind only once someone searches", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && loaded.push(new URL(r.url()).pathname));
  await page.goto("/search", { waitUntil: "networkidle" });
  expect(loaded).toEqual([expect.stringMatching(/^\/_assets\/enhance\.[0-9A-Za-z]+\.js$/)]);
  await page.getByLabel("Search this site").fill("magnesium");
  await expect(page.getByRole("status")).toContainText(/results? for/);
  expect(loaded).toContain("/pagefind/pagefind.js");
});

test("an unknown article answers 404", async ({ request }) => {
  expect((await request.get("/articles/no-such-article")).status()).toBe(404);
});

test("an article shows its review dates, reviewer status, numbered references and disclaimer", async ({ page }) => {
  await page.goto("/articles/side-effects");
  const review = page.locator(".review-box");
  await expect(review).toContainText("Last reviewed");
  await expect(review).toContainText("Next review due");
  await expect(review).toContainText(/Medical review/);
  const firstCite = page.locator("sup.cite a").first();
  const target = (await firstCite.getAttribute("href"))!;
  await expect(page.locator(target)).toBeAttached();
  await expect(page.locator(`${target} a[href^="https://"]`)).toHaveCount(1);
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toContainText("not medical advice");
});

test("every use of IV magnesium shows its evidence level in words", async ({ page }) => {
  await page.goto("/articles/uses-of-iv-magnesium");
  const rows = page.locator("#at-a-glance ~ .table-wrap tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(13);
  for (const use of await page.locator("section.use").all()) {
    await expect(use.locator(".evidence")).toHaveText(new RegExp(`(${Object.values(evidenceLevels).join("|")})`));
  }
  await page.getByRole("link", { name: "Severe asthma attacks" }).click();
  await expect(page).toHaveURL(/#severe-asthma-attacks$/);
});

test("a glossary word opens its definition in place and links to its page", async ({ page }) => {
  await page.goto("/articles/magnesium-deficiency");
  const button = page.locator(".term-button").first();
  const popover = page.locator(".term-popover").first();
  await expect(popover).toBeHidden();
  await button.click();
  await expect(popover).toBeVisible();
  await expect(popover.locator("a[href^='/glossary/']")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
});

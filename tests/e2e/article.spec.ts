import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/** The real articles and their section headings, read from content/ (not hard-coded). */
const articles = readdirSync(join("content", "articles"))
  .filter((f) => f.endsWith(".mdx"))
  .map((file) => {
    const source = readFileSync(join("content", "articles", file), "utf8");
    const title = /^title: "?(.+?)"?$/m.exec(source)![1]!;
    const headings = [...source.matchAll(/^##+ (.+?) \{#([a-z0-9-]+)\}$/gm)].map((m) => ({ text: m[1]!, id: m[2]! }));
    return { slug: file.replace(/\.mdx$/, ""), title, headings };
  });

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

test("every article page is prerendered and renders its title", async ({ request }) => {
  for (const article of articles) {
    const response = await request.get(`/articles/${article.slug}`);
    expect(response.status(), article.slug).toBe(200);
    expect(response.headers()["x-nextjs-prerender"] ?? response.headers()["x-nextjs-cache"], article.slug).toBeTruthy();
    expect(await response.text()).toContain(`<h1`);
  }
});

test("the article body adds no JavaScript beyond the framework's own", async ({ page }) => {
  const scripts = async (path: string) => {
    await page.goto(path);
    return page.locator("script[src]").evaluateAll((els) => els.map((e) => e.getAttribute("src")).sort());
  };
  const floor = await scripts("/this-page-does-not-exist");
  for (const article of articles.slice(0, 3)) expect(await scripts(`/articles/${article.slug}`), article.slug).toEqual(floor);
});

test("an unknown article answers 404", async ({ request }) => {
  expect((await request.get("/articles/no-such-article")).status()).toBe(404);
});

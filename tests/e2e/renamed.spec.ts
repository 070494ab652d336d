import { expect, test } from "@playwright/test";

// Runs against a build of tests/fixtures/renamed-site: "old-article" was renamed "current-article",
// and its section "old-section" is now "renamed-section".

test("an old article URL answers 308 with the new URL", async ({ request }) => {
  const response = await request.get("/articles/old-article", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/articles/current-article");
  expect((await request.get("/articles/current-article")).status()).toBe(200);
});

test("an old anchor on an old URL lands on its section", async ({ page }) => {
  await page.goto("/articles/old-article#old-section");
  await expect(page).toHaveURL(/\/articles\/current-article#old-section$/);
  await expect(page.locator("#renamed-section")).toBeInViewport();
  await expect(page.locator("#first-section")).not.toBeInViewport();
});

test("an old anchor lands on its section with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 500 } });
  const page = await context.newPage();
  await page.goto("/articles/current-article#old-section");
  await expect(page.locator("#renamed-section")).toBeInViewport();
  await expect(page.locator("#first-section")).not.toBeInViewport();
  await context.close();
});

test("where a host cannot redirect, the page left at the old URL sends the reader on", async ({ page, request }) => {
  // A static host without redirect support serves the file itself: out/articles/old-article.html.
  const html = await (await request.get("/articles/old-article.html")).text();
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/current-article"/>');
  expect(html).toContain('<meta name="robots" content="noindex"/>');
  await page.goto("/articles/old-article.html#old-section");
  await expect(page).toHaveURL(/\/articles\/current-article#old-section$/);
  await expect(page.locator("#renamed-section")).toBeInViewport();
});

test("the generated host files carry the redirect", async ({ request }) => {
  // Both files are read by the host, never served; what they say is checked in the unit tests and here
  // through the servers that apply them.
  expect((await request.get("/_redirects")).status()).toBe(404);
  expect((await request.get("/articles/old-article", { maxRedirects: 0 })).headers()["content-security-policy"]).toContain(
    "script-src 'self'",
  );
});

test("a packet link made before the rename still holds its pieces, under the old slug and the old section id", async ({ page }) => {
  await page.goto("/handout?items=old-article:first-section,old-article:old-section");
  await expect(page).toHaveURL(/\/handout\?items=current-article:first-section,current-article:old-section$/);
  const parts = page.locator("[data-packet-items] .packet-part");
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(1)).toHaveAttribute("data-part", "current-article:old-section");
  await expect(page.locator("[data-packet-missing]")).toBeHidden();
});

test("an old article URL in Spanish answers 308 with the new Spanish URL, and its old anchor still lands", async ({ page, request }) => {
  const response = await request.get("/es/articles/old-article", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/es/articles/current-article");
  await page.goto("/es/articles/old-article#old-section");
  await expect(page).toHaveURL(/\/es\/articles\/current-article#old-section$/);
  await expect(page.locator("#renamed-section")).toBeInViewport();
});

test("a page the Spanish edition does not have yet says so in Spanish and links to the English page", async ({ page }) => {
  // tests/fixtures/renamed-site/content/es/gaps.yaml lists the contact page.
  const response = await page.goto("/es/contact");
  expect(response!.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByText("Esta página todavía no está en español.")).toBeVisible();
  await expect(page.getByText("Una página de prueba que se deja sin traducir a propósito.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Léala en inglés" })).toHaveAttribute("href", "/contact");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // It is no translation: the English page names no Spanish alternate, and the sitemap leaves it out.
  const english = await (await page.request.get("/contact")).text();
  expect(english).not.toContain('hrefLang="es"');
  expect(await (await page.request.get("/sitemap.xml")).text()).not.toContain("/es/contact<");
});

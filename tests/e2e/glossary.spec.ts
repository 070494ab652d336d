import { expect, test } from "@playwright/test";
import { axeViolations } from "./quality/checks";

test("a glossary word's definition opens and closes by keyboard", async ({ page }) => {
  await page.goto("/articles/magnesium-deficiency");
  const button = page.locator(".term-button").first();
  const popover = page.locator(".term-popover").first();
  const name = (await button.textContent())!.trim();
  await expect(page.getByRole("button", { name, exact: true }).first()).toBeVisible();
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(/\w+: /);
  expect(await axeViolations(page), "axe with the definition open").toEqual([]);
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  await page.keyboard.press("Space");
  await expect(popover).toBeVisible();
  await page.keyboard.press("Space");
  await expect(popover).toBeHidden();
});

test("without JavaScript the definition still opens and the term's page is one link away", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/articles/side-effects");
  await page.locator(".term-button").first().click();
  const popover = page.locator(".term-popover").first();
  await expect(popover).toBeVisible();
  await popover.locator("a[href^='/glossary/']").click();
  await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});

test("a term's page lists exactly the articles that use the word", async ({ page, request }) => {
  await page.goto("/glossary/serum");
  const listed = (await page.locator("#used-in + ul a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).sort();
  expect(listed.length).toBeGreaterThan(0);
  await page.goto("/");
  const all = [...new Set(await page.locator("a[href^='/articles/']").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))];
  const using: string[] = [];
  for (const href of all) {
    const html = await (await request.get(href!)).text();
    if (/popover[^>]*>[\s\S]*?href="\/glossary\/serum"/.test(html) && html.includes('id="def-serum-')) using.push(href!);
  }
  expect(listed).toEqual(using.sort());
});

test("the A–Z index jumps to a letter, and carries DefinedTermSet data", async ({ page }) => {
  await page.goto("/glossary");
  await page.getByRole("navigation", { name: "Glossary A to Z" }).getByRole("link", { name: "Words starting with M" }).click();
  await expect(page).toHaveURL(/#letter-m$/);
  await expect(page.locator("#letter-m + dl a").first()).toBeVisible();
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data["@type"]).toBe("DefinedTermSet");
  expect(data.hasDefinedTerm.length).toBe(await page.locator("main dl > div").count());
  for (const t of data.hasDefinedTerm)
    expect(t).toMatchObject({ "@type": "DefinedTerm", name: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
});

test("a term's page carries DefinedTerm data linked to the set", async ({ page }) => {
  await page.goto("/glossary/hypomagnesemia");
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "DefinedTerm", inDefinedTermSet: { "@type": "DefinedTermSet" } });
  expect(data.name).toBe(await page.getByRole("heading", { level: 1 }).textContent());
});

test("an article links related topics, without duplicates", async ({ page }) => {
  await page.goto("/articles/side-effects");
  const links = await page
    .getByRole("navigation", { name: "Related topics" })
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.length).toBeGreaterThan(0);
  expect(new Set(links).size).toBe(links.length);
  expect(links).not.toContain("/articles/side-effects");
});

import { readFileSync } from "node:fs";
import { expect, type Locator, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { loadContent } from "@/lib/content/load";
import { contentOptions } from "@/lib/content/options";
import { t } from "@/lib/i18n/messages";

// The Spanish edition, as a reader and as clinic staff use it. Expectations come from the content.
const content = await loadContent({ ...contentOptions(), includeDrafts: false });
const es = content.editions.es;
const siteUrl = (JSON.parse(readFileSync("content/site.json", "utf8")) as { siteUrl: string }).siteUrl;
const m = t("es");
/** A translated article with at least two sections. */
const article = es.articles.find((a) => a.facts.headings.filter((h) => h.depth === 2).length >= 2)!;
const section = article.facts.headings.filter((h) => h.depth === 2)[1]!;
const english = content.articles.find((a) => a.slug === article.slug)!;

async function qrText(element: Locator): Promise<string | null> {
  const png = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

test("from the Spanish home page, the emergency signs are one click away, in Spanish", async ({ page }) => {
  await page.goto("/es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await page.getByRole("complementary", { name: m.home.urgentLabel }).getByRole("link", { name: m.home.urgentLink }).click();
  await expect(page).toHaveURL(/\/es\/articles\/when-to-get-emergency-care$/);
  const cards = page.locator("[data-red-flags]");
  expect(await cards.count()).toBeGreaterThan(3);
  // Each card says what to do in Spanish, with the emergency number.
  await expect(cards.first().locator(".emergency-action")).toContainText("Llame al 911");
  for (const group of es.shared.groups.filter((g) => g.details.startsWith("/articles/when-to-get-emergency-care")))
    await expect(page.locator(`[data-red-flags="${group.id}"] .emergency-title`)).toContainText(group.title);
});

test("the language switch goes to the same page and the same section, both ways", async ({ page }) => {
  await page.goto(`/articles/${article.slug}#${section.id}`);
  await page.getByRole("link", { name: /Lea esta página en español/ }).click();
  await expect(page).toHaveURL(new RegExp(`/es/articles/${article.slug}#${section.id}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator(`[id="${section.id}"]`)).toBeInViewport();
  await expect(page.locator("h1")).toHaveText(article.frontmatter.title);
  await page.getByRole("link", { name: /Read this page in English/ }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}#${section.id}$`));
  await expect(page.locator("h1")).toHaveText(english.frontmatter.title);
});

test("without JavaScript the switch still opens the page in the other language", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/es/articles/${article.slug}`);
  await page.getByRole("link", { name: /Read this page in English/ }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
  await context.close();
});

test("hreflang pairs are reciprocal, with x-default to English", async ({ request }) => {
  const alternates = async (path: string) => {
    const html = await (await request.get(path)).text();
    return [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)]
      .map((x) => [x[1], new URL(x[2]!).pathname])
      .sort();
  };
  for (const path of [`/articles/${article.slug}`, "/", "/glossary", `/glossary/${es.glossary[0]!.id}`]) {
    const mine = await alternates(path);
    const spanish = mine.find(([l]) => l === "es")![1]!;
    expect(await alternates(spanish), spanish).toEqual(mine);
    expect(mine).toContainEqual(["x-default", path]);
  }
});

test("the sitemap's hreflang pairs are reciprocal too, for every page that has a translation", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const entries = new Map(
    [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)].map(([, loc, rest]) => [
      loc!,
      [...rest!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, l, h]) => `${l} ${h}`).sort(),
    ]),
  );
  const paired = [...entries].filter(([, links]) => links.length > 0);
  expect(paired.length).toBeGreaterThan(100);
  for (const [loc, links] of paired) {
    expect(links, loc).toContain(`x-default ${links.find((l) => l.startsWith("en "))!.slice(3)}`);
    for (const link of links.filter((l) => !l.startsWith("x-default ")))
      expect(entries.get(link.split(" ")[1]!), `${loc} → ${link}`).toEqual(links);
  }
});

test("Spanish search finds Spanish pages only", async ({ page }) => {
  await page.goto("/es/search");
  await page.getByLabel(m.search.label).fill("magnesio");
  const results = page.locator(".search-results a");
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
    expect(href).toMatch(/^\/es(\/|$)/);
  await expect(page.locator("[data-search-status]")).toContainText("resultados para “magnesio”");
});

test("a Spanish ready-made packet prints in Spanish, with one QR code for its own address", async ({ page }) => {
  const packet = es.packets[0]!;
  await page.goto(`/es/handout/${packet.id}`);
  await expect(page.locator("h1")).toHaveText(packet.title);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: m.handout.about })).toBeVisible();
  expect(await qrText(page.locator(".packet-footer .print-qr"))).toBe(`${siteUrl}/es/handout/${packet.id}`);
});

test("the Spanish share page makes Spanish snippets and notes for the record", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/es/share");
  const first = es.articles.slice().sort((a, b) => a.frontmatter.title.localeCompare(b.frontmatter.title, "es"))[0]!;
  const card = page.locator("li.card").filter({ has: page.getByRole("heading", { name: first.frontmatter.title, exact: true }) });
  await card.locator("summary").first().click();
  await expect(card.locator(".record-note .share-snippet").first()).toContainText(
    `Educación para el paciente: “${first.frontmatter.title}”`,
  );
  const button = card.getByRole("button", { name: `${m.share.copyLink}: ${first.frontmatter.title}`, exact: true });
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`^${siteUrl}/es/articles/${first.slug}\\?sent=\\d{4}-\\d{2}-\\d{2}$`),
  );
  // What the button says after copying is Spanish too.
  await expect(button.locator("xpath=..").getByRole("status")).toHaveText(m.copy.copied);
});

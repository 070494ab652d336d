import { expect, test } from "@playwright/test";
import {
  axeViolations,
  brokenLinks,
  cacheProblems,
  focusProblems,
  headerProblems,
  htmlErrors,
  linkTargets,
  scriptProblems,
  watch,
} from "./quality/checks";
import { assembledPacket, notFoundPage, sitePages, spanishNotFoundPage } from "./quality/site-pages";
import { htmlLang, splitLang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

// The full quality gate, on every page the site serves (against `npm start`).
test.describe.configure({ mode: "parallel" });

for (const path of [...sitePages, assembledPacket, notFoundPage, spanishNotFoundPage]) {
  test(`quality gate: ${path}`, async ({ page, context, baseURL }) => {
    const status = path === notFoundPage || path === spanishNotFoundPage ? 404 : 200;
    const { lang, path: bare } = splitLang(path);
    const seen = watch(page, new URL(baseURL!).origin, status);
    // A handout put together in the browser fetches its pieces after load: wait for the network there.
    const response = (await page.goto(path, { waitUntil: path.includes("/handout") ? "networkidle" : "load" }))!;
    expect(response.status()).toBe(status);

    expect(await axeViolations(page), "axe (WCAG 2.0–2.2 A/AA)").toEqual([]);
    const html = await response.text();
    expect(await htmlErrors(html), "html-validate").toEqual([]);
    expect(scriptProblems(html), "no framework JavaScript, no inline executable script").toEqual([]);
    expect(headerProblems(await response.allHeaders()), "security headers").toEqual([]);

    // Language: the page says its language, and its alternates name itself and send x-default to English.
    expect(await page.locator("html").getAttribute("lang"), "<html lang>").toBe(htmlLang[lang]);
    const alternates = await page
      .locator("link[rel=alternate][hreflang]")
      .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname] as const));
    if (alternates.length) {
      expect(alternates, "hreflang alternates include the page itself").toContainEqual([lang, path.split("?")[0]]);
      expect(alternates, "x-default is the English page").toContainEqual(["x-default", bare.split("?")[0]]);
    }
    if (status === 200) expect(cacheProblems(response.headers()["cache-control"] ?? ""), "Cache-Control").toEqual([]);

    // Keyboard: the skip link is the first stop, and every element that can take focus shows it.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t(lang).frame.skipLink);
    // The focus style is the template's, whatever the language: checked on each English page, and on a
    // translated page only where English has no page like it.
    if (lang === "en" || !sitePages.includes(bare))
      expect(await focusProblems(page), "focus indicator on every focusable element").toEqual([]);

    // Reflow (WCAG 1.4.10): at 320 CSS pixels nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "page width at 320 px").toBeLessThanOrEqual(320);

    expect(await context.cookies(), "cookies").toEqual([]);
    expect(seen.thirdParty, "requests to other origins").toEqual([]);
    expect(seen.failed, "failed requests").toEqual([]);
    expect(seen.consoleErrors, "console errors").toEqual([]);
  });
}

test("every page in the sitemap is checked", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const inSitemap = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const path of inSitemap) expect(sitePages, path).toContain(path);
});

test("every internal link and #anchor on the site resolves", async ({ request }) => {
  // A crawl of the whole site: every page fetched once and parsed once.
  test.setTimeout(120_000);
  const get = async (path: string) => {
    const response = await request.get(path);
    // The 404 page's own anchors (its skip link) point at a page whose right answer is 404.
    const status = (path === notFoundPage || path === spanishNotFoundPage) && response.status() === 404 ? 200 : response.status();
    return { status, html: await response.text() };
  };
  const targets: string[] = [];
  for (const path of [...sitePages, notFoundPage, spanishNotFoundPage]) targets.push(...linkTargets((await get(path)).html, path));
  expect(new Set(targets).size).toBeGreaterThan(100);
  expect(await brokenLinks(targets, get)).toEqual([]);
});

import { type BrowserContext, expect, type Page, test } from "@playwright/test";
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

// The full quality gate, on every page the site serves (against `npm start`). The pages are shared out
// in a few groups; each group opens its pages one after another in one tab, so the browser, axe and the
// validator start once per group, not once per page. Every page gets every check, and a failure names
// the page and the check.
const groups = new Map<string, string[]>();
for (const path of [...sitePages, assembledPacket, notFoundPage, spanishNotFoundPage]) {
  const { lang, path: bare } = splitLang(path);
  const name = `${lang === "en" ? "English" : "Spanish"} ${bare.startsWith("/glossary/") ? "glossary terms" : "pages"}`;
  groups.set(name, [...(groups.get(name) ?? []), path]);
}
const desktop = { width: 1280, height: 720 };

/** Every check on one page, opened in `page`: the problems found, by check (an empty object when there are none). */
async function pageProblems(page: Page, context: BrowserContext, path: string, seen: ReturnType<typeof watch>) {
  const status = path === notFoundPage || path === spanishNotFoundPage ? 404 : 200;
  const { lang, path: bare } = splitLang(path);
  const problems: Record<string, unknown> = {};
  const check = (name: string, found: unknown[]) => {
    if (found.length) problems[name] = found;
  };
  seen.reset(status);
  await page.setViewportSize(desktop);
  // A handout put together in the browser fetches its pieces after load: wait for the network there.
  const response = (await page.goto(path, { waitUntil: path.includes("/handout") ? "networkidle" : "load" }))!;
  if (response.status() !== status) problems.status = `${response.status()}, expected ${status}`;

  check("axe (WCAG 2.0–2.2 A/AA)", await axeViolations(page));
  const html = await response.text();
  check("html-validate", await htmlErrors(html));
  check("no framework JavaScript, no inline executable script", scriptProblems(html));
  check("security headers", headerProblems(await response.allHeaders()));
  if (status === 200) check("Cache-Control", cacheProblems(response.headers()["cache-control"] ?? ""));

  // Language: the page says its language, and its alternates name itself and send x-default to English.
  const [htmlLangValue, alternates] = await page.evaluate(
    () =>
      [
        document.documentElement.lang,
        [...document.querySelectorAll("link[rel=alternate][hreflang]")].map(
          (l) => `${l.getAttribute("hreflang")} ${new URL(l.getAttribute("href")!).pathname}`,
        ),
      ] as const,
  );
  if (htmlLangValue !== htmlLang[lang]) problems["<html lang>"] = `${htmlLangValue}, expected ${htmlLang[lang]}`;
  if (alternates.length) {
    const missing = [`${lang} ${path.split("?")[0]}`, `x-default ${bare.split("?")[0]}`].filter((a) => !alternates.includes(a));
    check("hreflang alternates (the page itself, x-default to English)", missing);
  }

  // Keyboard: the skip link is the first stop, and every element that can take focus shows it.
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement?.textContent);
  if (first !== t(lang).frame.skipLink) problems["first Tab stop"] = `${first}, expected the skip link`;
  // The focus style is the template's, whatever the language: checked on each English page, and on a
  // translated page only where English has no page like it.
  if (lang === "en" || !sitePages.includes(bare)) check("focus indicator on every focusable element", await focusProblems(page));

  // Reflow (WCAG 1.4.10): at 320 CSS pixels nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 320) problems["page width at 320 px"] = width;

  const cookies = await context.cookies();
  if (cookies.length) {
    problems.cookies = cookies.map((c) => c.name);
    await context.clearCookies();
  }
  check("requests to other origins", seen.thirdParty);
  check("failed requests", seen.failed);
  check("console errors", seen.consoleErrors);
  return problems;
}

test.describe.configure({ mode: "parallel" });

for (const [name, paths] of groups) {
  test(`quality gate: ${name} (${paths.length})`, async ({ page, context, baseURL }) => {
    test.setTimeout(paths.length * 5_000);
    const seen = watch(page, new URL(baseURL!).origin);
    for (const path of paths) expect.soft(await pageProblems(page, context, path, seen), path).toEqual({});
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

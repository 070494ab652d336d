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

// Each check in the quality gate must catch the fault it exists for. These plant one fault at a time.
const valid = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>`;

test("axe catches an image without alt text", async ({ page }) => {
  await page.setContent(valid('<h1>Page</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
  expect((await axeViolations(page)).join("\n")).toMatch(/^image-alt:/m);
  await page.setContent(valid('<h1>Page</h1><img alt="A dot" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
  expect(await axeViolations(page)).toEqual([]);
});

test("the request watcher catches a third-party script (and blocks it)", async ({ page, baseURL }) => {
  const seen = watch(page, new URL(baseURL!).origin);
  await page.setContent(valid('<h1>Page</h1><script src="https://cdn.tracker.example/analytics.js"></script>'));
  await expect.poll(() => seen.thirdParty).toEqual(["https://cdn.tracker.example/analytics.js"]);
  // The gate opens many pages in one tab: each page's record starts empty and holds only its own requests.
  seen.reset();
  expect(seen.thirdParty).toEqual([]);
  await page.setContent(valid('<h1>Page</h1><img alt="A dot" src="https://img.tracker.example/pixel.gif">'));
  await expect.poll(() => seen.thirdParty).toEqual(["https://img.tracker.example/pixel.gif"]);
});

test("on the real site the CSP stops a third-party script before it is even requested", async ({ page, baseURL }) => {
  const seen = watch(page, new URL(baseURL!).origin);
  const violations: string[] = [];
  page.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
  await page.goto("/glossary");
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.src = "https://cdn.tracker.example/analytics.js";
    document.head.append(s);
  });
  // The header and the page's <meta> policy each report the block.
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(1);
  expect(seen.thirdParty).toEqual([]);
});

test("the link check catches a broken anchor and a broken page link", async ({ request }) => {
  const get = async (path: string) => {
    const response = await request.get(path);
    return { status: response.status(), html: await response.text() };
  };
  const page = await get("/articles/side-effects");
  const good = linkTargets(page.html, "/articles/side-effects");
  expect(await brokenLinks(good, get)).toEqual([]);
  const planted = linkTargets('<a href="/articles/side-effects#no-such-section">x</a><a href="/articles/no-such-article">y</a>', "/");
  expect(await brokenLinks([...good, ...planted], get)).toEqual([
    '/articles/side-effects#no-such-section (no element with id "no-such-section")',
    "/articles/no-such-article (HTTP 404)",
  ]);
});

test("html-validate catches invalid markup", async () => {
  expect(await htmlErrors(valid("<h1>Page</h1><p>ok</p>"))).toEqual([]);
  expect((await htmlErrors(valid("<h1>Page</h1><ul><p>not a list item</p></ul><div id=a></div><div id=a></div>"))).join("\n")).toMatch(
    /element-permitted-content[\s\S]*no-dup-id|no-dup-id[\s\S]*element-permitted-content/,
  );
});

test("the header check catches a weakened header", async ({ request }) => {
  const good = (await request.get("/")).headers();
  expect(headerProblems(good)).toEqual([]);
  const weakened = (change: Record<string, string>) => headerProblems({ ...good, ...change });
  const csp = good["content-security-policy"]!;
  expect(weakened({ "content-security-policy": csp.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") })).toEqual([
    expect.stringMatching(/script-src allows unsafe code/),
  ]);
  expect(weakened({ "content-security-policy": csp.replace("frame-ancestors 'none'", "frame-ancestors *") })).toEqual([
    "CSP frame-ancestors is not 'none'",
  ]);
  expect(weakened({ "x-content-type-options": "" })).toEqual(["X-Content-Type-Options is not nosniff"]);
  expect(weakened({ "referrer-policy": "unsafe-url" })).toEqual(['Referrer-Policy too loose: "unsafe-url"']);
  expect(weakened({ "permissions-policy": "camera=(self)" })).toHaveLength(4);
  expect(weakened({ "x-powered-by": "Next.js" })).toEqual(["X-Powered-By is sent: Next.js"]);
  expect(weakened({ "strict-transport-security": "max-age=60" })).toEqual(["Strict-Transport-Security missing or under a year"]);
});

test("the script check catches the framework coming back and an inline script", async ({ request }) => {
  const page = await (await request.get("/articles/side-effects")).text();
  expect(scriptProblems(page)).toEqual([]);
  const planted = (tag: string) => page.replace("</body>", `${tag}</body>`);
  expect(scriptProblems(planted('<script src="/_next/static/chunks/main.js" async=""></script>'))).toEqual([
    expect.stringMatching(/^unexpected script/),
  ]);
  expect(scriptProblems(planted('<script>self.__next_f.push([1,"x"])</script>'))).toHaveLength(2);
  expect(scriptProblems(planted('<link rel="modulepreload" href="/x.js"/>'))).toEqual([expect.stringMatching(/^script preload/)]);
});

test("the cache check catches a page browsers would not revalidate", () => {
  expect(cacheProblems("public, max-age=0, s-maxage=3600, must-revalidate")).toEqual([]);
  expect(cacheProblems("public, max-age=3600, s-maxage=3600")).toEqual([expect.stringMatching(/browsers use a stale copy/)]);
  expect(cacheProblems("private, no-store")).toHaveLength(3);
});

test("the focus check catches an element whose focus cannot be seen", async ({ page }) => {
  const link = (style: string) => valid(`<h1>Page</h1><a href="/a" style="${style}">A link</a>`);
  await page.setContent(link("outline: 3px solid #000"));
  await page.keyboard.press("Tab");
  expect(await focusProblems(page)).toEqual([]);
  await page.setContent(link("outline: none !important; box-shadow: none !important"));
  await page.keyboard.press("Tab");
  expect(await focusProblems(page)).toEqual(['a "A link"']);
});

test("the anchor check reads ids from the parsed page, not from text that merely looks like one", async () => {
  const get = async () => ({ status: 200, html: valid('<p data-id="gone">A paragraph.</p><h2 id="here">Here</h2>') });
  expect(await brokenLinks(["/x#here", "/x#gone"], get)).toEqual(['/x#gone (no element with id "gone")']);
});

import { expect, test } from "@playwright/test";
import { cacheProblems, headerProblems } from "./quality/checks";

// Runs against `npm start` and against nginx with the generated configuration (see playwright.config.ts).

async function assets(request: import("@playwright/test").APIRequestContext) {
  const home = await (await request.get("/")).text();
  const css = /<link rel="stylesheet" href="(\/_assets\/[^"]+\.css)"/.exec(home)![1]!;
  const script = /<script type="module" src="(\/_assets\/enhance\.[0-9A-Za-z]+\.js)"/.exec(
    await (await request.get("/articles/side-effects")).text(),
  )![1]!;
  return { css, script };
}

test("every kind of response carries the security headers and the right Content-Type", async ({ request }) => {
  const { css, script } = await assets(request);
  const responses: Record<string, [string, RegExp, number]> = {
    page: ["/articles/side-effects", /^text\/html; ?charset=utf-8$/, 200],
    notFound: ["/no-such-page", /^text\/html; ?charset=utf-8$/, 404],
    script: [script, /^(text|application)\/javascript/, 200],
    stylesheet: [css, /^text\/css/, 200],
    image: ["/og/articles/side-effects.png", /^image\/png$/, 200],
    searchIndex: ["/pagefind/pagefind.js", /^(text|application)\/javascript/, 200],
    sitemap: ["/sitemap.xml", /^(text|application)\/xml/, 200],
    robots: ["/robots.txt", /^text\/plain/, 200],
    favicon: ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)$/, 200],
  };
  for (const [kind, [path, type, status]] of Object.entries(responses)) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), `${kind} ${path}`).toBe(status);
    expect(response.headers()["content-type"], `${kind} ${path}`).toMatch(type);
    expect(headerProblems(response.headers()), `${kind} ${path}`).toEqual([]);
  }
});

test("one site-wide CSP without hashes; only search (its page and Pagefind's files) may run WebAssembly", async ({ request }) => {
  expect((await request.get("/pagefind/pagefind-worker.js")).headers()["content-security-policy"]).toContain("'wasm-unsafe-eval'");
  for (const path of ["/", "/articles/faq", "/glossary/serum", "/share", "/no-such-page", "/search"]) {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"]!;
    expect(csp, path).not.toMatch(/sha256-|nonce-|'unsafe-/);
    expect(csp, path).toContain("script-src 'self'");
    expect(csp.includes("'wasm-unsafe-eval'"), path).toBe(path === "/search");
    // The same policy travels inside the page, for hosts that send no headers (less frame-ancestors,
    // which a <meta> policy cannot carry).
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(await response.text())?.[1]
      ?.replace(/&#x27;|&#39;/g, "'");
    expect(meta, path).toBe(csp.replace("; frame-ancestors 'none'", ""));
  }
});

test("browsers keep hashed files forever and revalidate pages", async ({ request }) => {
  const { css, script } = await assets(request);
  for (const path of [css, script])
    expect((await request.get(path)).headers()["cache-control"], path).toBe("public, max-age=31536000, immutable");
  for (const path of ["/", "/articles/side-effects", "/pagefind/pagefind.js", "/og/articles/side-effects.png"]) {
    const response = await request.get(path);
    expect(cacheProblems(response.headers()["cache-control"] ?? ""), path).toEqual([]);
    const etag = response.headers().etag!;
    expect(etag, `${path} has an ETag`).toBeTruthy();
    expect((await request.get(path, { headers: { "If-None-Match": etag } })).status(), `${path} revalidates`).toBe(304);
  }
});

test("pages are sent precompressed to browsers that take it", async ({ request }) => {
  const plain = await request.get("/articles/side-effects", { headers: { "Accept-Encoding": "identity" } });
  const gzip = await request.get("/articles/side-effects", { headers: { "Accept-Encoding": "gzip" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  // The client decompresses: the same page either way.
  expect(await gzip.text()).toBe(await plain.text());
});

test("an unknown URL answers 404 with the site's 404 page; host files are not served", async ({ request }) => {
  for (const path of ["/no-such-page", "/articles/no-such-article", "/_headers", "/_redirects", "/_nginx.conf", "/index.html.gz"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Page not found");
  }
});

test("methods other than GET and HEAD are refused with 405", async ({ request }) => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
    expect((await request.fetch("/articles/side-effects", { method })).status(), method).toBe(405);
  }
  expect((await request.head("/articles/side-effects")).status()).toBe(200);
});

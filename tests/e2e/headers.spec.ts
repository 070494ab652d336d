import { expect, test } from "@playwright/test";
import { headerProblems } from "./quality/checks";

test("every kind of response carries the security headers", async ({ request }) => {
  const home = await (await request.get("/")).text();
  const asset = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(home)![1]!;
  const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(home)![1]!;
  const responses = {
    page: "/articles/side-effects",
    notFound: "/no-such-page",
    script: asset,
    stylesheet: css,
    image: "/articles/side-effects/opengraph-image",
    searchIndex: "/pagefind/pagefind.js",
    sitemap: "/sitemap.xml",
    robots: "/robots.txt",
    favicon: "/favicon.ico",
  };
  for (const [kind, path] of Object.entries(responses)) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), `${kind} ${path}`).toBeLessThan(500);
    expect(headerProblems(response.headers()), `${kind} ${path}`).toEqual([]);
  }
});

test("each page's CSP allows exactly its own inline scripts, and the pages stay static", async ({ request }) => {
  for (const path of ["/", "/articles/faq", "/glossary/serum", "/no-such-page"]) {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"]!;
    const hashes = [...csp.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]);
    const html = await response.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline.length, path).toBeGreaterThan(0);
    const { createHash } = await import("node:crypto");
    for (const script of inline) expect(hashes, `${path}: a hash for every inline script`).toContain(`sha256-${createHash("sha256").update(script).digest("base64")}`);
    if (path !== "/no-such-page") expect(response.headers()["x-nextjs-prerender"], `${path} is prerendered`).toBeTruthy();
  }
});

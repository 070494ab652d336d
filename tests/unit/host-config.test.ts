import { describe, expect, it } from "vitest";
import { cacheForever, cacheRevalidate, contentSecurityPolicy, headersFor, securityHeaders } from "@/lib/server/headers";
import { headersFile, nginxConfig, parseRedirects, redirectsFileText } from "@/lib/server/host-config";

const redirects = [{ from: "/articles/old", to: "/articles/new" }];

describe("the site's headers", () => {
  it("give every path the security headers and one CSP; WebAssembly only for search", () => {
    for (const path of ["/", "/articles/x", "/_next/static/chunks/a.css", "/search", "/pagefind/pagefind-worker.js"]) {
      expect(headersFor(path), path).toMatchObject(securityHeaders);
      expect(headersFor(path)["Content-Security-Policy"]!.includes("'wasm-unsafe-eval'"), path).toBe(
        path === "/search" || path.startsWith("/pagefind/"),
      );
    }
    expect(contentSecurityPolicy()).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ meta: true })).not.toContain("frame-ancestors");
  });

  it("let browsers keep hashed files forever and revalidate everything else", () => {
    expect(headersFor("/_assets/enhance.abc.js")["Cache-Control"]).toBe(cacheForever);
    expect(headersFor("/_next/static/chunks/a.css")["Cache-Control"]).toBe(cacheForever);
    expect(headersFor("/articles/x")["Cache-Control"]).toBe(cacheRevalidate);
  });
});

describe("generated host files", () => {
  it("_headers detaches a header before a later rule replaces it (Cloudflare Pages would join both)", () => {
    const text = headersFile();
    expect(text).toMatch(/^\/\*\n(  [^\n]+\n)+/m);
    expect(text).toContain(
      "/search\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
    );
    expect(text).toContain("/_next/static/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable");
  });

  it("_redirects forces permanent redirects, and npm start reads it back", () => {
    const text = redirectsFileText(redirects);
    expect(text).toContain("/articles/old /articles/new 308!\n");
    expect(parseRedirects(text)).toEqual(redirects);
    expect(() => parseRedirects("/a b 301")).toThrow('_redirects: expected "/old /new 308!", got "/a b 301"');
  });

  it("the nginx include repeats every header in each location and answers old URLs with 308", () => {
    const conf = nginxConfig(redirects);
    expect(conf).toContain("location = /articles/old {");
    expect(conf).toContain("    return 308 /articles/new;");
    const locations = conf
      .split(/\nlocation /)
      .slice(1)
      .filter((l) => !l.startsWith("~") && !l.startsWith("@"));
    expect(locations.length).toBeGreaterThanOrEqual(5);
    for (const location of locations) {
      for (const name of Object.keys(securityHeaders)) expect(location, location.split("\n")[0]).toContain(`add_header ${name} `);
      expect(location).toContain("add_header Content-Security-Policy ");
    }
    expect(conf).toMatch(/if \(\$request_method !~ \^\(GET\|HEAD\)\$\) \{ return 405; \}/);
  });
});

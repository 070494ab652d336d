import { describe, expect, it } from "vitest";
import { stripPage } from "@/lib/build/strip-page";

const options = { csp: "script-src 'self'", enhanceScript: "/_assets/enhance.abc.js" };
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe("stripPage", () => {
  it("removes the framework's scripts, preloads and RSC payload, and keeps JSON-LD byte for byte", () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"Thing","name":"a < b"}</script>';
    const { html, problems } = stripPage(
      page(
        '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><link rel="modulepreload" href="/b.js"/><script src="/_next/static/chunks/c.js" async=""></script><link rel="stylesheet" href="/s.css"/>',
        `<main><h1>Hi</h1>${jsonLd}</main><script>self.__next_f.push([1,"x"])</script><script id="_R_">requestAnimationFrame(()=>{})</script><script src="/x.js" noModule=""></script>`,
      ),
      options,
    );
    expect(problems).toEqual([]);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(html).not.toMatch(/preload/);
    expect(html).toContain(jsonLd);
    expect(html).toContain('<link rel="stylesheet" href="/s.css"/>');
    expect(html).toContain("<main><h1>Hi</h1>");
  });

  it("points the framework's stylesheet at the site's own assets folder, and leaves any other stylesheet alone", () => {
    const { html } = stripPage(
      page(
        '<link rel="stylesheet" href="/_next/static/chunks/3tn7-yq.css" data-precedence="next"/><link rel="stylesheet" href="/s.css"/>',
        "",
      ),
      options,
    );
    expect(html).toContain('<link rel="stylesheet" href="/_assets/3tn7-yq.css" data-precedence="next"/>');
    expect(html).toContain('<link rel="stylesheet" href="/s.css"/>');
    expect(html).not.toContain("/_next/");
  });

  it("puts the CSP first after the charset, and adds the enhancement script only where an element asks for it", () => {
    const plain = stripPage(page("<title>t</title>", "<p>text</p>"), options);
    expect(plain.html).toContain(`<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self'"/><title>`);
    expect(plain.enhanced).toBe(false);
    expect(plain.html).not.toContain("enhance.abc.js");
    const enhanced = stripPage(page("<title>t</title>", '<span data-enhance="" data-copy="x"></span>'), options);
    expect(enhanced.enhanced).toBe(true);
    expect(enhanced.html).toContain('<script type="module" src="/_assets/enhance.abc.js"></script></head>');
  });

  it("fails a page whose content only a script would reveal, naming what", () => {
    const streamed = stripPage(
      page("", '<!--$?--><template id="B:0"></template><p>Loading</p><!--/$--><div hidden id="S:0"><p>Late</p></div>'),
      options,
    );
    expect(streamed.problems).toEqual([
      "a Suspense boundary that was still streaming: its content would only appear with JavaScript",
      'streamed Suspense content (<template id="B:0">) that only a script would reveal',
      'streamed content (<div id="S:0">) that only a script would move into place',
    ]);
    expect(stripPage(page("", "<!--$!--><template></template><!--/$-->"), options).problems).toEqual([
      "a Suspense boundary that fell back to client rendering: its content would only appear with JavaScript",
    ]);
  });

  it("fails inline event handlers and javascript: URLs", () => {
    const { problems } = stripPage(page("", '<button onclick="go()">Go</button><a href="javascript:void(0)">x</a>'), options);
    expect(problems).toEqual([
      "<button> has an inline event handler (onclick), which needs JavaScript and which the CSP blocks",
      '<a href="javascript:void(0)"> runs a javascript: URL',
    ]);
  });

  it("reads the page's meta tags, canonical URL and robots rule", () => {
    const { meta, noindex } = stripPage(
      page(
        '<meta name="robots" content="noindex, nofollow"/><meta property="og:title" content="T"/><link rel="canonical" href="https://x.example/a"/>',
        "",
      ),
      options,
    );
    expect(noindex).toBe(true);
    expect(meta).toMatchObject({ "og:title": "T", canonical: "https://x.example/a" });
    expect(stripPage(page("", ""), options).noindex).toBe(false);
  });
});

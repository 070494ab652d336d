const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * The page left at a former URL, for hosts that cannot answer it with a redirect: it sends the reader on
 * at once (a refresh without JavaScript; with it, the enhancement script keeps the #section too). Hosts
 * that can redirect never serve it: their 308 comes first.
 */
export function movedPage(to: string, siteUrl: string, options: { csp: string; enhanceScript: string; stylesheet?: string }): string {
  const head = [
    '<meta charset="utf-8"/>',
    `<meta http-equiv="Content-Security-Policy" content="${attr(options.csp)}"/>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    '<meta name="robots" content="noindex"/>',
    `<meta http-equiv="refresh" content="0; url=${attr(to)}"/>`,
    "<title>This page has moved</title>",
    `<link rel="canonical" href="${attr(siteUrl + to)}"/>`,
    options.stylesheet ? `<link rel="stylesheet" href="${attr(options.stylesheet)}"/>` : "",
    `<script type="module" src="${attr(options.enhanceScript)}"></script>`,
  ].join("");
  const body = `<main class="container py-6"><h1>This page has moved</h1><p><a href="${attr(to)}" data-moved="">Go to its new address</a></p></main>`;
  return `<!DOCTYPE html><html lang="en-US"><head>${head}</head><body>${body}</body></html>`;
}

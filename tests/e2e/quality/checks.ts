import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { HtmlValidate } from "html-validate";

/**
 * axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules: the ids of the rules a page violates, with targets.
 * Run in the page itself (axe.run, "legacy mode"): the default opens a blank page per run to merge the
 * results of cross-origin frames, which this site never has, and that page costs more than the check.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    // options() replaces the whole options object, so it comes before withTags().
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .setLegacyMode()
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const validator = new HtmlValidate({
  extends: ["html-validate:standard", "html-validate:document"],
  rules: {
    // HTML5 allows any id without spaces; Next's own bootstrap script uses "_R_".
    "valid-id": ["error", { relaxed: true }],
    // Subresource integrity only guards third-party files, and this site loads none.
    "require-sri": "off",
  },
});

/** html-validate errors for one document, as "line:column rule message". */
export async function htmlErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
}

/**
 * Records what a page does over the network and in the console: requests to any other origin (which
 * are blocked, so the test never leaves the machine), failed requests, console errors. One tab can
 * open many pages in turn: `reset` starts a fresh record for the next one.
 */
export function watch(page: Page, origin: string, expectedStatus = 200) {
  const seen = {
    thirdParty: [] as string[],
    failed: [] as string[],
    consoleErrors: [] as string[],
    expectedStatus,
    reset(status = 200) {
      Object.assign(seen, { thirdParty: [], failed: [], consoleErrors: [], expectedStatus: status });
    },
  };
  void page.route(
    (url) => url.origin !== origin && url.protocol !== "data:",
    (route) => {
      seen.thirdParty.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  page.on("console", (m) => {
    // A 404 page reports its own status in the console; that is the page doing its job.
    if (m.type() === "error" && !(seen.expectedStatus === 404 && /status of 404/.test(m.text()))) seen.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => seen.consoleErrors.push(String(e)));
  page.on("requestfailed", (r) => {
    if (new URL(r.url()).origin === origin) seen.failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => {
    const isDocument = r.request().isNavigationRequest();
    if (r.status() >= 400 && !(isDocument && r.status() === seen.expectedStatus)) seen.failed.push(`${r.url()} ${r.status()}`);
  });
  return seen;
}

/** Problems with the security headers every response must carry. */
export function headerProblems(headers: Record<string, string>): string[] {
  const problems: string[] = [];
  const h = (name: string) => headers[name.toLowerCase()] ?? "";
  const csp = h("content-security-policy");
  const directive = (name: string) =>
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? "";
  if (!csp) problems.push("no Content-Security-Policy");
  const scriptSrc = directive("script-src") || directive("default-src");
  if (!scriptSrc) problems.push("CSP has no script-src (nor default-src)");
  if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push(`CSP script-src allows unsafe code: ${scriptSrc}`);
  if (/(^|\s)(\*|https?:|data:)(\s|$)/.test(scriptSrc)) problems.push(`CSP script-src allows any host: ${scriptSrc}`);
  if (directive("object-src") !== "object-src 'none'") problems.push("CSP object-src is not 'none'");
  if (!/^base-uri '(self|none)'$/.test(directive("base-uri"))) problems.push("CSP base-uri is not 'self' or 'none'");
  if (directive("frame-ancestors") !== "frame-ancestors 'none'") problems.push("CSP frame-ancestors is not 'none'");
  if (!/^form-action '(self|none)'$/.test(directive("form-action"))) problems.push("CSP form-action is not limited to 'self'");
  if (!/max-age=(\d+)/.test(h("strict-transport-security")) || Number(/max-age=(\d+)/.exec(h("strict-transport-security"))![1]) < 31536000)
    problems.push("Strict-Transport-Security missing or under a year");
  if (h("x-content-type-options") !== "nosniff") problems.push("X-Content-Type-Options is not nosniff");
  if (!["strict-origin-when-cross-origin", "strict-origin", "same-origin", "no-referrer"].includes(h("referrer-policy")))
    problems.push(`Referrer-Policy too loose: "${h("referrer-policy")}"`);
  for (const feature of ["camera", "microphone", "geolocation", "payment"]) {
    if (!new RegExp(`(^|,\\s*)${feature}=\\(\\)`).test(h("permissions-policy")))
      problems.push(`Permissions-Policy does not deny ${feature}`);
  }
  if (h("x-powered-by")) problems.push(`X-Powered-By is sent: ${h("x-powered-by")}`);
  if (h("set-cookie")) problems.push(`a cookie is set: ${h("set-cookie")}`);
  return problems;
}

/**
 * Cache-Control for a page (or any file whose name carries no hash): browsers revalidate it every time,
 * shared caches (a CDN) may keep it; nothing private or uncacheable.
 */
export function cacheProblems(cacheControl: string): string[] {
  const problems: string[] = [];
  if (/no-store|private/.test(cacheControl)) problems.push(`Cache-Control forbids shared caching: ${cacheControl}`);
  if (!/(^|,\s*)(max-age=0|no-cache)(\s*,|$)/.test(cacheControl))
    problems.push(`Cache-Control lets browsers use a stale copy: "${cacheControl}"`);
  const shared = /s-maxage=(\d+)/.exec(cacheControl) ?? /(?:^|,\s*)max-age=(\d+)/.exec(cacheControl);
  if (!shared || Number(shared[1]) < 3600) problems.push(`Cache-Control lets a CDN keep the page for less than an hour: "${cacheControl}"`);
  return problems;
}

/**
 * Scripts a page may have: JSON-LD data, and the one enhancement script from this site. Anything else is
 * the framework coming back, or an inline script the CSP would block.
 */
export function scriptProblems(html: string): string[] {
  const problems: string[] = [];
  for (const [tag, attrs = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\btype="application\/ld\+json"/.test(attrs)) continue;
    if (/^\s*type="module" src="\/_assets\/enhance\.[0-9A-Za-z]+\.js"\s*$/.test(attrs) && body === "") continue;
    problems.push(`unexpected script: ${tag.slice(0, 100)}`);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*\b(?:modulepreload|as="script")[^>]*>/g))
    problems.push(`script preload: ${tag.slice(0, 100)}`);
  if (/self\.__next_f|__NEXT_DATA__/.test(html)) problems.push("the framework's React Server Components payload is in the page");
  return problems;
}

/** Site-internal link targets in a page's HTML ("/path" or "/path#anchor"; same-page anchors resolved against `path`). */
export function linkTargets(html: string, path: string): string[] {
  const hrefs: string[] = [];
  visit(fromHtml(html), "element", (node: Element) => {
    const href = node.tagName === "a" ? node.properties.href : undefined;
    if (typeof href === "string" && (href.startsWith("/") || href.startsWith("#")))
      hrefs.push(href.startsWith("#") ? `${path}${href}` : href);
  });
  return hrefs;
}

/** Every id in a page, read by parsing the HTML (a data-id="x" is not an id). */
export function elementIds(html: string): Set<string> {
  const ids = new Set<string>();
  visit(fromHtml(html), "element", (node: Element) => {
    if (typeof node.properties.id === "string") ids.add(node.properties.id);
  });
  return ids;
}

/** The link targets that do not resolve: a page that is not 200, or an #anchor with no element of that id. */
export async function brokenLinks(
  targets: Iterable<string>,
  get: (path: string) => Promise<{ status: number; html: string }>,
): Promise<string[]> {
  // Each page is fetched and parsed once, however many links point into it.
  const pages = new Map<string, Promise<{ status: number; ids: Set<string> }>>();
  const broken: string[] = [];
  for (const target of new Set(targets)) {
    const [path = "/", anchor] = target.split("#");
    if (!pages.has(path))
      pages.set(
        path,
        get(path).then(({ status, html }) => ({ status, ids: status === 200 ? elementIds(html) : new Set<string>() })),
      );
    const { status, ids } = await pages.get(path)!;
    if (status !== 200) broken.push(`${target} (HTTP ${status})`);
    else if (anchor && !ids.has(decodeURIComponent(anchor))) broken.push(`${target} (no element with id "${anchor}")`);
  }
  return broken;
}

/**
 * Every element that can take focus, focused in turn (after a real Tab, so the browser shows focus as
 * it does for keyboard users): each must show a visible indicator (an outline of at least 2 px, or a
 * box shadow it does not have unfocused) and have a size. Visible elements only: a closed pop-up's
 * contents cannot be reached.
 */
export async function focusProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const selector = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest("[popover]:not(:popover-open)") || el.getClientRects().length === 0) continue;
      const before = getComputedStyle(el).boxShadow;
      el.focus();
      if (document.activeElement !== el) continue;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
      const shadow = s.boxShadow !== "none" && s.boxShadow !== before;
      if (!(outline || shadow) || r.width === 0 || r.height === 0)
        problems.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
    }
    return problems;
  });
}

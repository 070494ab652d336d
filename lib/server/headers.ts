// The site's HTTP headers, in one place. Every way of serving out/ gets them from here: `npm start`
// (lib/server/serve.ts) applies them directly, and the build writes them into out/_headers (Netlify,
// Cloudflare Pages) and host/nginx.conf (lib/server/host-config.ts). Node-only, no framework imports:
// `node` runs this file as it is (type stripping), so imports carry their .ts extension.
import { langs, localize } from "../i18n/lang.ts";

/** Headers every response carries. */
export const securityHeaders: Readonly<Record<string, string>> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/**
 * What runs WebAssembly, Pagefind's search: the search page, and Pagefind's own files (it searches in a
 * Worker, which takes its policy from its script's response). They alone get 'wasm-unsafe-eval'.
 */
export const wasmPatterns: readonly string[] = [...langs.map((l) => localize("/search", l)), "/pagefind/*"];

/**
 * The one Content-Security-Policy of the site. No page has an inline executable script, so there are no
 * hashes or nonces: scripts come from this origin only. `meta` leaves out what a <meta> policy may not
 * carry (browsers ignore frame-ancestors there and log an error); X-Frame-Options covers framing then.
 */
export function contentSecurityPolicy({ wasm = false, meta = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ""}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
    "upgrade-insecure-requests",
  ].join("; ");
}

/** Folders whose file names carry a content hash, so a browser may keep them forever. */
export const immutablePrefixes: readonly string[] = ["/_next/static/", "/_assets/"];

export const cacheForever = "public, max-age=31536000, immutable";
/** Pages and unhashed files: browsers revalidate every time (ETag); a CDN may keep them an hour. */
export const cacheRevalidate = "public, max-age=0, s-maxage=3600, must-revalidate";

/** A set of headers for the paths a pattern matches: "/*" (everything), "/dir/*" (a prefix) or one exact path. */
export interface HeaderRule {
  pattern: string;
  headers: Readonly<Record<string, string>>;
}

/** The rules in order; where two match, the later one's value of a header wins. */
export const headerRules: readonly HeaderRule[] = [
  { pattern: "/*", headers: { ...securityHeaders, "Content-Security-Policy": contentSecurityPolicy(), "Cache-Control": cacheRevalidate } },
  ...wasmPatterns.map((pattern) => ({ pattern, headers: { "Content-Security-Policy": contentSecurityPolicy({ wasm: true }) } })),
  ...immutablePrefixes.map((prefix) => ({ pattern: `${prefix}*`, headers: { "Cache-Control": cacheForever } })),
];

export const matches = (pattern: string, path: string) =>
  pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** Whether the page or file at `path` may run WebAssembly. */
export const runsWasm = (path: string) => wasmPatterns.some((p) => matches(p, path));

/** Every header a response for `path` carries. */
export function headersFor(path: string): Record<string, string> {
  return Object.assign({}, ...headerRules.filter((r) => matches(r.pattern, path)).map((r) => r.headers));
}

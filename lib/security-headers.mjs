// The security headers, in one place: next.config.mjs sends the fixed ones with every response, and
// lib/cli/serve.mjs (`npm start`) adds each page's Content-Security-Policy.

/** Headers every response carries. @type {{ key: string, value: string }[]} */
export const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * The Content-Security-Policy of a page. Pages are static, so there are no per-request nonces: a
 * page's inline bootstrap scripts are allowed by their SHA-256 hashes, taken from the built HTML
 * (lib/cli/build-csp.ts). No 'unsafe-inline' and no 'unsafe-eval'; 'wasm-unsafe-eval' lets the
 * search page run Pagefind's WebAssembly and nothing else.
 * @param {readonly string[]} scriptHashes e.g. "sha256-…"
 */
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((h) => ` '${h}'`).join("")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "upgrade-insecure-requests",
  ].join("; ");
}

/** Where lib/cli/build-csp.ts writes route path → inline-script hashes, inside the build folder. */
export const cspManifestFile = "csp-hashes.json";

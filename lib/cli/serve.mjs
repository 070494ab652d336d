// `npm start`: serves the production build on $PORT (default 3000) with Next's own request handler.
// It adds each page's hash-based Content-Security-Policy (pages stay static: no nonces), and first turns
// away requests a static site never needs to answer, which Next would otherwise answer with a 500:
// other methods than GET and HEAD, targets that are not paths, broken %-encoding, malformed Range.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import next from "next";
import { contentSecurityPolicy, cspManifestFile, securityHeaders } from "../security-headers.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();

// Each page's policy, built once: serving a page without its policy would be silently unsafe.
const manifestFile = join(distDir, cspManifestFile);
let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
} catch {
  console.error(`${manifestFile} is missing: build with \`npm run build\` (it runs lib/cli/build-csp.ts after next build).`);
  process.exit(1);
}
const policies = new Map(Object.entries(manifest).map(([route, hashes]) => [route, contentSecurityPolicy(hashes)]));
const notFoundPolicy = policies.get("/_not-found") ?? contentSecurityPolicy([]);
/** Anything that is not a prerendered page is answered by the not-found page, or is not HTML at all. */
const policyFor = (target) => {
  const path = target.split("?")[0];
  return policies.get(path.length > 1 ? path.replace(/\/$/, "") : path) ?? notFoundPolicy;
};

/** Why Next should not see this request, or null when it may. */
function refusal(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return [405, "Method Not Allowed: this site only serves pages (GET, HEAD)."];
  const target = req.url ?? "";
  if (!target.startsWith("/") || target.startsWith("//")) return [400, "Bad Request: expected a path."];
  try {
    decodeURIComponent(target.split("?")[0]);
  } catch {
    return [400, "Bad Request: the address is not valid %-encoding."];
  }
  return null;
}

function refuse(res, status, message) {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  res.setHeader("Content-Security-Policy", "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  if (status === 405) res.setHeader("Allow", "GET, HEAD");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.statusCode = status;
  res.end(`${message}\n`);
}

await app.prepare();
const server = createServer((req, res) => {
  const refused = refusal(req);
  if (refused) return refuse(res, ...refused);
  // Nothing here is large enough to need partial responses, and a malformed Range makes Next answer 500;
  // a server may ignore Range (RFC 9110, 14.2), so it does.
  delete req.headers.range;
  res.setHeader("Content-Security-Policy", policyFor(req.url));
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) refuse(res, 400, "Bad Request.");
    else res.destroy();
  });
});
// CONNECT never reaches the request handler; answer it rather than drop the connection.
server.on("connect", (_req, socket) => socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
// Keep idle connections longer than a proxy or load balancer in front would (they commonly use 60 s), so
// the server never closes a kept-alive connection just as a new request arrives on it.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`Serving the production build on http://localhost:${port}`));

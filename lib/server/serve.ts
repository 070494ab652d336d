// `npm start`: serves exactly the published folder (out/, or $SITE_DIR) on $PORT (default 3000), the way a
// static host would: sirv sends the files (precompressed .br/.gz when the browser takes them, ETags,
// Content-Type), with the headers from headers.ts and the redirects from out/_redirects. It first turns
// away what a static site never answers: other methods than GET and HEAD, targets that are not paths,
// broken %-encoding. Run behind a TLS proxy; it speaks plain HTTP.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import sirv from "sirv";
import { notFoundPages } from "../i18n/lang.ts";
import { headersFor } from "./headers.ts";
import { hostFiles, parseRedirects } from "./host-config.ts";

const dir = resolve(process.env.SITE_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
if (!existsSync(join(dir, "index.html"))) {
  console.error(`${dir}/index.html not found: build the site first (npm run build).`);
  process.exit(1);
}

const redirects = new Map(parseRedirects(readFileSync(join(dir, "_redirects"), "utf8")).map((r) => [r.from, r.to]));
const hidden = new Set(hostFiles);
// Each language's "page not found" (a missing /es/… address gets the Spanish one).
const notFound = notFoundPages
  .filter((p) => existsSync(join(dir, p.file)))
  .map((p) => ({
    prefix: p.prefix,
    html: readFileSync(join(dir, p.file)),
    br: optional(join(dir, `${p.file}.br`)),
    gzip: optional(join(dir, `${p.file}.gz`)),
  }));
function optional(file: string) {
  return existsSync(file) ? readFileSync(file) : null;
}

// The headers of each path, worked out once: the site is a fixed set of files.
const known = new Map<string, [string, string][]>();
const setHeaders = (res: ServerResponse, path: string) => {
  let headers = known.get(path);
  if (!headers) {
    headers = Object.entries(headersFor(path));
    if (known.size < 100_000) known.set(path, headers);
  }
  for (const [name, value] of headers) res.setHeader(name, value);
};

const files = sirv(dir, {
  dev: false,
  etag: true,
  gzip: true,
  brotli: true,
  extensions: ["html"],
  setHeaders(res, pathname) {
    setHeaders(res, pathname.replace(/\.html$/, "").replace(/\/index$/, "/"));
    // Types sirv does not know: say what they are rather than send none.
    const extra = /\.(ico)$/.test(pathname)
      ? "image/x-icon"
      : /\.(pagefind|pf_fragment|pf_index|pf_meta)$/.test(pathname)
        ? "application/octet-stream"
        : null;
    if (extra) res.setHeader("Content-Type", extra);
  },
  onNoMatch: (req, res) => sendNotFound(req, res),
});

function sendNotFound(req: IncomingMessage, res: ServerResponse) {
  setHeaders(res, "/404");
  const accepts = String(req.headers["accept-encoding"] ?? "");
  const notFoundPage = notFound.find((p) => (req.url ?? "/").startsWith(p.prefix)) ?? notFound.at(-1)!;
  const [body, encoding] =
    notFoundPage.br && /\bbr\b/.test(accepts)
      ? [notFoundPage.br, "br"]
      : notFoundPage.gzip && /\bgzip\b/.test(accepts)
        ? [notFoundPage.gzip, "gzip"]
        : [notFoundPage.html, null];
  if (encoding) res.setHeader("Content-Encoding", encoding);
  res.setHeader("Vary", "Accept-Encoding");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Length", body.length);
  res.statusCode = 404;
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Why this request gets no file, or null when it may have one. */
function refusal(req: IncomingMessage): [number, string] | null {
  if (req.method !== "GET" && req.method !== "HEAD") return [405, "Method Not Allowed: this site only serves pages (GET, HEAD)."];
  const target = req.url ?? "";
  if (!target.startsWith("/") || target.startsWith("//")) return [400, "Bad Request: expected a path."];
  try {
    decodeURIComponent(target.split("?")[0]!);
  } catch {
    return [400, "Bad Request: the address is not valid %-encoding."];
  }
  return null;
}

function refuse(res: ServerResponse, status: number, message: string) {
  setHeaders(res, "/");
  if (status === 405) res.setHeader("Allow", "GET, HEAD");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.statusCode = status;
  res.end(`${message}\n`);
}

const server = createServer((req, res) => {
  const refused = refusal(req);
  if (refused) return refuse(res, ...refused);
  const path = decodeURIComponent(req.url!.split("?")[0]!);
  const to = redirects.get(path);
  if (to) {
    setHeaders(res, path);
    res.writeHead(308, { Location: to, "Content-Type": "text/plain; charset=utf-8" }).end(`Moved to ${to}\n`);
    return;
  }
  if (hidden.has(path) || /\.(br|gz)$/.test(path)) return sendNotFound(req, res);
  // Every file here is small: partial responses are not needed, and a server may ignore Range (RFC 9110, 14.2).
  delete req.headers.range;
  // sirv lists the files once, at start. A file that goes away after that (a rebuild or a deploy writing
  // out/ while the server runs) makes its read stream fail; without this the error would stop the server.
  res.once("pipe", (source) =>
    source.once("error", (error) => {
      console.error(`${path}: ${error.message}`);
      res.destroy();
    }),
  );
  files(req, res, () => sendNotFound(req, res));
});
// CONNECT never reaches the request handler; answer it rather than drop the connection.
server.on("connect", (_req, socket) =>
  socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
);
// Keep idle connections longer than a proxy in front would (commonly 60 s), so the server never closes a
// kept-alive connection just as a new request arrives on it.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`Serving ${dir} on http://localhost:${port}`));

// Finish the requests in flight, then exit, when the host stops the service.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}

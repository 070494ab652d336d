import { connect } from "node:net";
import { expect, test } from "@playwright/test";

// The project's own folder: a response that names it has leaked a path from this machine.
const projectRoot = process.cwd();

/** Sends bytes exactly as given (no client clean-up of the path) and returns the raw response. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to: ${request.slice(0, 80)}`)));
    socket.on("data", (chunk) => {
      data += chunk.toString("latin1");
    });
    socket.on("end", () => resolve(data));
    socket.on("close", () => resolve(data));
    // The server may hang up on a request it cannot parse; what it sent before that still counts.
    socket.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "ECONNRESET" || error.code === "EPIPE" ? resolve(data) : reject(error),
    );
    // Write without half-closing: a server may drop a connection whose client has stopped sending.
    socket.write(request);
  });
}

const get = (target: string, headers: string[] = [], method = "GET") =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map((h) => `${h}\r\n`).join("")}Connection: close\r\n\r\n`;

/** At least 200 malformed or hostile requests: traversal, encodings, long paths, methods, unicode, junk. */
function hostileRequests(): { name: string; request: string }[] {
  const secrets = [
    "etc/passwd",
    "package.json",
    ".env",
    "next.config.mjs",
    "content/site.json",
    ".next/BUILD_ID",
    "node_modules/next/package.json",
    "proc/self/environ",
  ];
  const ups = [
    "../",
    "..%2f",
    "%2e%2e/",
    "%2e%2e%2f",
    "..%252f",
    "%252e%252e%252f",
    "..\\",
    "..%5c",
    "%c0%ae%c0%ae/",
    "....//",
    "..;/",
    ".%2e/",
  ];
  const bases = ["/", "/_next/static/", "/articles/", "/pagefind/", "/_next/image?url=/"];
  const list: { name: string; request: string }[] = [];
  for (const base of bases)
    for (const up of ups)
      for (const secret of secrets.slice(0, 3))
        list.push({ name: `traversal ${base}${up}${secret}`, request: get(`${base}${up.repeat(6)}${secret}`) });
  for (const secret of secrets) list.push({ name: `direct ${secret}`, request: get(`/${secret}`) });
  for (const n of [1_000, 8_000, 16_000, 60_000]) list.push({ name: `long path ${n}`, request: get(`/articles/${"a".repeat(n)}`) });
  list.push({ name: "long query", request: get(`/?q=${"x".repeat(30_000)}`) });
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "MKCOL", "FOO", "get", "HEAD"]) {
    list.push({
      name: `method ${method} page`,
      request: get("/articles/side-effects", method === "POST" || method === "PUT" ? ["Content-Length: 0"] : [], method),
    });
    list.push({ name: `method ${method} asset`, request: get("/favicon.ico", [], method) });
  }
  for (const bad of [
    "%ff",
    "%c0%af",
    "%ed%a0%80",
    "%e0%80%af",
    "%",
    "%zz",
    "%u002e",
    "%00",
    "%0d%0aSet-Cookie:x=1",
    "\u00ff\u00fe",
    "%F0%9F%92%A9",
    "%EF%BF%BF",
    "..%00/",
  ]) {
    list.push({ name: `invalid unicode path ${bad}`, request: get(`/articles/${bad}`) });
    list.push({ name: `invalid unicode query ${bad}`, request: get(`/search?q=${bad}`) });
  }
  for (const q of [
    "?__proto__[x]=1",
    "?constructor[prototype][x]=1",
    "?_rsc=junk",
    "?a=%",
    "?&&&&=&&",
    "?q[]=1&q[]=2",
    "?utm_source=email#x",
    "?" + "a=1&".repeat(2000),
    "?x=<script>alert(1)</script>",
    "?q=%22%3E%3Csvg/onload=alert(1)%3E",
  ]) {
    list.push({ name: `junk query ${q.slice(0, 30)}`, request: get(`/articles/side-effects${q}`) });
  }
  const junkHeaders = [
    "Host: evil.example",
    "Host:",
    "X-Forwarded-Host: evil.example",
    "X-Forwarded-Proto: javascript",
    "RSC: 1",
    "Next-Router-State-Tree: %%%junk",
    "Next-Router-Prefetch: 1",
    "Next-Action: 0000000000000000000000000000000000000000",
    "x-middleware-subrequest: proxy:proxy:proxy:proxy:proxy",
    "x-middleware-prefetch: 1",
    "x-invoke-path: /etc/passwd",
    "x-now-route-matches: 1",
    "Accept: */*;q=junk",
    "Accept-Encoding: gzip;q=x, br;q=\u00ff",
    "Range: bytes=junk",
    "Range: bytes=999999999-",
    'If-None-Match: "junk',
    "If-Modified-Since: not a date",
    "Cookie: " + "a=b; ".repeat(500),
    "User-Agent: " + "x".repeat(10_000),
    "X-Junk: " + "y".repeat(70_000),
    "Content-Length: -1",
    "Transfer-Encoding: chunked, identity",
    "Expect: 100-continue",
  ];
  for (const header of junkHeaders) {
    list.push({ name: `junk header ${header.slice(0, 40)} (page)`, request: get("/articles/side-effects", [header]) });
    list.push({ name: `junk header ${header.slice(0, 40)} (file)`, request: get("/favicon.ico", [header]) });
  }
  list.push({
    name: "next action POST",
    request: get("/", ["Next-Action: abc", "Content-Type: text/plain", "Content-Length: 5"], "POST").replace(/\r\n\r\n$/, "\r\n\r\nhello"),
  });
  list.push({ name: "HTTP/0.9 request line", request: "GET /\r\n\r\n" });
  list.push({ name: "garbage request line", request: "\u0000\u0001\u0002 junk\r\n\r\n" });
  list.push({ name: "no method", request: " / HTTP/1.1\r\nHost: x\r\n\r\n" });
  list.push({ name: "absolute-form target", request: get("http://evil.example/articles/side-effects") });
  list.push({ name: "asterisk target", request: get("*", [], "OPTIONS") });
  list.push({ name: "double slashes", request: get("//articles//side-effects") });
  list.push({ name: "backslashes", request: get("/\\articles\\side-effects") });
  list.push({ name: "encoded slash", request: get("/articles%2fside-effects") });
  list.push({ name: "dot segments", request: get("/articles/./../articles/side-effects") });
  list.push({ name: "semicolon path params", request: get("/articles/side-effects;jsessionid=1") });
  return list;
}

test("at least 200 hostile requests never get a 5xx, a stack trace or a file from outside the site", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const port = Number(new URL(baseURL!).port);
  const requests = hostileRequests();
  expect(requests.length).toBeGreaterThanOrEqual(200);
  const problems: string[] = [];
  const statuses = new Map<number, number>();
  const unanswered: string[] = [];
  for (const { name, request } of requests) {
    const response = await raw(port, request);
    // Skip interim answers ("100 Continue") to the final status.
    const status = Number([...response.matchAll(/^HTTP\/1\.[01] (\d{3})/gm)].map((m) => m[1]).find((s) => !s!.startsWith("1")) ?? 0);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    // HTTP/0.9 has no status line: nginx answers such a request with the page alone, which is right.
    const http09 = name === "HTTP/0.9 request line" && status === 0 && response.startsWith("<!DOCTYPE html>");
    // A request too broken to parse may be dropped without an answer; anything answered must be 2xx–4xx.
    if (response !== "" && !http09 && (status < 200 || status >= 500))
      problems.push(`${name}: answered ${status || response.slice(0, 40)}`);
    if (response === "") unanswered.push(name);
    if (/root:x:0:0|"name": "magnesium-infusion-guide"|NEXT_TELEMETRY|PATH=/.test(response)) problems.push(`${name}: leaked a file`);
    if (/\n\s+at .+\(.+:\d+:\d+\)|node_modules\/|Error: /.test(response) || response.includes(projectRoot))
      problems.push(`${name}: leaked a stack trace or path`);
  }
  console.log(
    `hostile requests: ${requests.length}; statuses: ${[...statuses]
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(", ")}; closed without an answer: ${unanswered.join(" | ") || "none"}`,
  );
  expect(problems).toEqual([]);
  expect(unanswered, "requests with no answer at all").toEqual([]);
});

// After `next build`: turns Next's static export into the published folder, out/. Every page loses the
// framework's scripts (and the build fails if that would lose anything); pages that need it get the one
// enhancement script; share cards become .png files; the search index, sitemap, host configuration and
// precompressed copies are written; then the finished folder replaces out/ in one rename, so a failed
// build never leaves out/ half-written. Prints where the time went.
// Env: NEXT_DIST_DIR (Next's export folder), SITE_DIR (default out), CONTENT_ROOT.
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { redirectsFile } from "../content/redirects";
import { notFoundPages } from "../i18n/lang";
import { contentSecurityPolicy, runsWasm } from "../server/headers";
import { headersFile, nginxConfig, type Redirect, redirectsFileText } from "../server/host-config";
import { appClientComponents } from "./client-components";
import { writeEnhanceScript } from "./enhance-bundle";
import { movedPage } from "./moved-page";
import { writeCards } from "./og-images";
import { precompress } from "./precompress";
import { writeSearchIndex } from "./search-index";
import { pageUrl, siteFiles } from "./site-files";
import { assetPath, type StrippedPage } from "./strip-page";
import { stripPages } from "./strip-pages";

const staging = process.env.NEXT_DIST_DIR ?? ".next-export";
const outDir = process.env.SITE_DIR ?? "out";
const root = process.env.CONTENT_ROOT ?? process.cwd();
const timings: string[] = [];
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}
const fail = (message: string): never => {
  console.error(`Static step failed; ${outDir}/ was left as it was.\n${message}`);
  process.exit(1);
};

if (!existsSync(join(staging, "index.html"))) fail(`${staging}/index.html not found: run next build first (npm run build does).`);
const clientComponents = await step("client check", () => appClientComponents());
if (clientComponents.length) {
  fail(
    `These client components need hydration, and the site ships no framework JavaScript:\n  ${clientComponents.join("\n  ")}\nRender them on the server and enhance them in lib/browser/enhance.ts.`,
  );
}

const enhanceScript = await step("enhance script", () => writeEnhanceScript(staging));
const pages = new Map<string, StrippedPage & { file: string }>();
await step("strip", async () => {
  const files = [...siteFiles(staging)]
    .filter(({ path }) => path.endsWith(".html") && path !== "/_not-found.html")
    .map(({ path, file }) => ({ file, url: pageUrl(path), csp: contentSecurityPolicy({ wasm: runsWasm(pageUrl(path)), meta: true }) }));
  const urls = new Map(files.map((f) => [f.file, f.url]));
  const stripped = await stripPages(files, { enhanceScript });
  const problems = stripped.flatMap((page) => page.problems.map((p) => `${page.file}: ${p}`));
  if (problems.length) fail(`Without the framework's scripts these pages would lose something:\n  ${problems.join("\n  ")}`);
  for (const page of stripped) pages.set(urls.get(page.file)!, page);
});

await step("framework files", () => {
  // The RSC payloads (.txt beside each page, and folders of segment payloads) and the framework's JavaScript.
  for (const { path, file } of siteFiles(staging)) {
    if (path === "/robots.txt") continue;
    if (/\.txt$/.test(path) || /^\/_next\/.*\.js$/.test(path) || path.startsWith("/_not-found")) rmSync(file);
    // The stylesheets join the site's own files; the pages already point there (assetPath, in the strip step).
    const moved = assetPath(path);
    if (moved) renameSync(file, join(staging, moved));
  }
  removeEmptyFolders(staging);
  const leftover = [...siteFiles(staging)].filter(
    ({ path }) => /\.m?js$/.test(path) && !path.startsWith("/_assets/") && !path.startsWith("/pagefind/"),
  );
  if (leftover.length) fail(`Unexpected JavaScript left in the export: ${leftover.map((f) => f.path).join(", ")}`);
});

function removeEmptyFolders(dir: string): boolean {
  const entries = readdirSync(dir, { withFileTypes: true });
  const left = entries.filter((e) => !(e.isDirectory() && removeEmptyFolders(join(dir, e.name))));
  if (left.length === 0 && dir !== staging) rmdirSync(dir);
  return left.length === 0;
}

const home = pages.get("/");
const siteUrl = new URL(home?.meta.canonical ?? fail("the home page has no canonical URL")).origin;
const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(home!.html)?.[1];

const redirects: Redirect[] = await step("redirects", () => {
  const file = redirectsFile(root);
  if (!existsSync(file)) fail(`${file} not found: run npm run check:content first (npm run build does).`);
  const list = JSON.parse(readFileSync(file, "utf8")) as Redirect[];
  const problems = list.flatMap((r) => [
    ...(pages.has(r.to) ? [] : [`${r.from} → ${r.to}: the target is not a page of this build`]),
    ...(pages.has(r.from) ? [`${r.from}: a page still answers this former URL`] : []),
  ]);
  if (problems.length) fail(`Bad redirects (from ${file}):\n  ${problems.join("\n  ")}`);
  const csp = contentSecurityPolicy({ meta: true });
  for (const r of list) writeFileSync(join(staging, `${r.from}.html`), movedPage(r.to, siteUrl, { csp, enhanceScript, stylesheet }));
  return list;
});

await step("sitemap", () => {
  // A page that asks not to be indexed never belongs in the sitemap, whichever route made it.
  const file = join(staging, "sitemap.xml");
  if (!existsSync(file)) return;
  const hidden = new Set([...pages].filter(([, p]) => p.noindex).map(([url]) => `${siteUrl}${url === "/" ? "" : url}`));
  const xml = readFileSync(file, "utf8").replace(/<url>\s*<loc>([^<]+)<\/loc>[\s\S]*?<\/url>\s*/g, (entry, loc: string) =>
    hidden.has(loc.replace(/\/$/, "")) ? "" : entry,
  );
  writeFileSync(file, xml);
});

const og = await step("og images", () => {
  const cards = [...pages.values()]
    // Each language's cards: /og/… and /es/og/…
    .filter((p) => /^\/([a-z]{2}\/)?og\//.test(p.meta["og:image"]?.replace(siteUrl, "") ?? ""))
    .map((p) => ({
      path: new URL(p.meta["og:image"]!).pathname,
      card: { title: p.meta["og:title"] ?? "", kicker: p.meta["article:section"] ?? "", siteName: p.meta["og:site_name"] ?? "" },
    }));
  return writeCards(staging, cards, join(root, ".content-cache", "og"));
});

const searchable = await step("search index", () =>
  writeSearchIndex(
    staging,
    [...pages]
      .filter(([url, p]) => !notFoundPages.some((n) => `${url}.html` === n.file) && !p.noindex && p.meta["search-index"] !== "none")
      .map(([url, p]) => ({ url, html: p.html })),
  ),
);

await step("host config", () => {
  writeFileSync(join(staging, "_headers"), headersFile());
  writeFileSync(join(staging, "_redirects"), redirectsFileText(redirects));
  writeFileSync(join(staging, "_nginx.conf"), nginxConfig(redirects));
});
const compressed = await step("precompress", () => precompress(staging));

const old = `${outDir}.old`;
rmSync(old, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(staging, outDir);
rmSync(old, { recursive: true, force: true });
console.log(
  `Static site: ${pages.size} pages in ${outDir}/ (no framework JavaScript; ${[...pages.values()].filter((p) => p.enhanced).length} with the enhancement script), ` +
    `${redirects.length} redirects, ${og.cards} share cards (${og.drawn} drawn), ${searchable} pages in the search index, ${compressed} files precompressed.`,
);
console.log(`static step: ${timings.join(", ")}`);

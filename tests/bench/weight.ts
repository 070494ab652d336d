// npm run bench:weight — gzip bytes of HTML, CSS, JS, fonts and images for one page of each type,
// as a browser loads it with an empty cache, and the same for a blank Next.js route (the JS floor).
// Needs a build first (npm run build). Goals: JS ≤ floor + 3 KiB, CSS ≤ 12 KiB, article total ≤ 180 KiB.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright";
import { chromiumFlags, chromiumPath, pageTypes } from "./page-types";
import { startServer, startSite } from "./server";

type Kind = "html" | "css" | "js" | "font" | "image" | "other";
const kinds: Kind[] = ["html", "css", "js", "font", "image", "other"];
const kindOf = (resourceType: string): Kind =>
  ({ document: "html", stylesheet: "css", script: "js", font: "font", image: "image" })[resourceType] as Kind ?? "other";
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });

/** Gzip bytes per kind of resource for one page load with an empty cache. */
async function weigh(url: string): Promise<Record<Kind, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<Kind, number>;
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    pending.push(
      response.body().then(
        (body) => {
          sizes[kindOf(response.request().resourceType())] += gzipSync(body).length;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await context.close();
  return sizes;
}

/** The JS of a blank Next.js route: a throwaway app with an empty page, built with this project's Next. */
async function blankRouteJs(): Promise<number> {
  // Inside the project, so that Turbopack (which stays inside its root) finds this project's node_modules.
  mkdirSync(".bench", { recursive: true });
  const dir = mkdtempSync(join(resolve(".bench"), "blank-next-"));
  try {
    mkdirSync(join(dir, "app"));
    writeFileSync(join(dir, "app", "layout.tsx"), "export default function L({ children }: { children: React.ReactNode }) { return <html lang=\"en\"><body>{children}</body></html>; }\n");
    writeFileSync(join(dir, "app", "page.tsx"), "export default function P() { return <main>Blank</main>; }\n");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react-jsx", strict: true, moduleResolution: "bundler", module: "esnext", skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, lib: ["dom", "esnext"] } }));
    writeFileSync(join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(resolve("."))} } };\n`);
    const next = resolve("node_modules/.bin/next");
    const build = spawnSync(next, ["build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`blank app build failed:\n${build.stdout}\n${build.stderr}`);
    const server = await startServer(next, ["start", "-p", "3299"], { port: 3299, cwd: dir });
    try {
      return (await weigh(server.url)).js;
    } finally {
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const site = await startSite(3201);
const rows: Record<string, string>[] = [];
let worstJs = 0;
let maxCss = 0;
let articleTotal = 0;
try {
  for (const { type, path } of pageTypes()) {
    const s = await weigh(`${site.url}${path}`);
    const total = kinds.reduce((n, k) => n + s[k], 0);
    worstJs = Math.max(worstJs, s.js);
    maxCss = Math.max(maxCss, s.css);
    if (type.includes("article")) articleTotal = Math.max(articleTotal, total);
    rows.push({ page: `${type} (${path})`, html: kib(s.html), css: kib(s.css), js: kib(s.js), fonts: kib(s.font), images: kib(s.image), other: kib(s.other), total: kib(total) });
  }
} finally {
  site.stop();
}
const floor = await blankRouteJs();
await browser.close();
console.log("Page weight, KiB gzip, empty cache:");
console.table(rows);
console.log(`JS floor (blank Next.js route): ${kib(floor)} KiB. Heaviest page JS: ${kib(worstJs)} KiB = floor + ${kib(worstJs - floor)} KiB (goal ≤ floor + 3 KiB).`);
console.log(`CSS: ${kib(maxCss)} KiB (goal ≤ 12 KiB). Heaviest article total: ${kib(articleTotal)} KiB (goal ≤ 180 KiB).`);

// npm run bench:weight — gzip bytes of HTML, CSS, JS, fonts and images for one page of each type, as a
// browser loads it with an empty cache (served by npm start), against the zero-JS limit: no page may load
// more JavaScript than the enhancement script's 2 KiB (the search page loads Pagefind only when someone
// searches, so not on load). Needs a build first (npm run build).
import { gzipSync } from "node:zlib";
import { chromium } from "playwright";
import { chromiumFlags, chromiumPath, pageTypes } from "./page-types";
import { startSite } from "./server";

type Kind = "html" | "css" | "js" | "font" | "image" | "other";
const kinds: Kind[] = ["html", "css", "js", "font", "image", "other"];
const kindOf = (resourceType: string): Kind =>
  (({ document: "html", stylesheet: "css", script: "js", font: "font", image: "image" }) as Record<string, Kind>)[resourceType] ?? "other";
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const jsLimit = 2 * 1024;

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
        (body) => void (sizes[kindOf(response.request().resourceType())] += gzipSync(body).length),
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await context.close();
  return sizes;
}

const site = await startSite(3312);
const rows: Record<string, string>[] = [];
let worstJs = 0;
try {
  for (const { type, path } of pageTypes()) {
    const s = await weigh(`${site.url}${path}`);
    const total = kinds.reduce((n, k) => n + s[k], 0);
    worstJs = Math.max(worstJs, s.js);
    rows.push({
      page: `${type} (${path})`,
      html: kib(s.html),
      css: kib(s.css),
      js: kib(s.js),
      "js / limit": (s.js / jsLimit).toFixed(2),
      fonts: kib(s.font),
      images: kib(s.image),
      total: kib(total),
    });
  }
} finally {
  site.stop();
  await browser.close();
}
console.log("Page weight, KiB gzip, empty cache (zero-JS limit: 2.0 KiB of JS, the enhancement script):");
console.table(rows);
console.log(
  `bench:weight heaviest_js_kib=${kib(worstJs)} limit_kib=${kib(jsLimit)} ratio=${(worstJs / jsLimit).toFixed(2)} (goal: ratio ≤ 1.00; before this change every page loaded 131.7 KiB of framework JS)`,
);
if (worstJs > jsLimit) process.exitCode = 1;

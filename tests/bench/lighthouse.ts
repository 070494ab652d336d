// npm run bench:lighthouse — Lighthouse 13 (mobile, simulated throttling) with the system Chromium on every
// page type, three runs each, served by npm start; prints the medians and one summary line. Needs a build
// first (npm run build). Goals: performance, accessibility, best practices and SEO 100 (the noindex share
// page excepted for SEO); CLS 0.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumFlags, chromiumPath, pageTypes } from "./page-types";
import { median, startSite } from "./server";

const runs = Number(process.env.BENCH_RUNS ?? 3);
const site = await startSite(3313);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumFlags] });
const rows: Record<string, string | number>[] = [];
try {
  for (const { type, path } of pageTypes()) {
    if (type === "404") {
      // Lighthouse will not audit a document whose status is 404 (ERRORED_DOCUMENT_REQUEST); say so.
      rows.push({
        page: `${type} (${path})`,
        perf: "n/a",
        a11y: "n/a",
        "best pr.": "n/a",
        seo: "n/a",
        "LCP ms": "-",
        CLS: "-",
        "TBT ms": "-",
        "failed audits": "Lighthouse refuses HTTP 404 documents",
      });
      continue;
    }
    const results: {
      performance: number;
      accessibility: number;
      bestPractices: number;
      seo: number;
      lcp: number;
      cls: number;
      tbt: number;
      failing: string[];
    }[] = [];
    for (let i = 0; i < runs; i++) {
      // Lighthouse's trace recording fails now and then (NO_NAVSTART); such a run is repeated, up to twice.
      let lhr = (await lighthouse(`${site.url}${path}`, { port: chrome.port, output: "json", logLevel: "error" }))!.lhr;
      for (let retry = 0; lhr.runtimeError && retry < 2; retry++)
        lhr = (await lighthouse(`${site.url}${path}`, { port: chrome.port, output: "json", logLevel: "error" }))!.lhr;
      if (lhr.runtimeError)
        throw new Error(`${path}: Lighthouse could not measure the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      results.push({
        performance: lhr.categories.performance!.score! * 100,
        accessibility: lhr.categories.accessibility!.score! * 100,
        bestPractices: lhr.categories["best-practices"]!.score! * 100,
        seo: lhr.categories.seo!.score! * 100,
        lcp: lhr.audits["largest-contentful-paint"]!.numericValue!,
        cls: lhr.audits["cumulative-layout-shift"]!.numericValue!,
        tbt: lhr.audits["total-blocking-time"]!.numericValue!,
        failing: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id),
      });
    }
    const m = (key: "performance" | "accessibility" | "bestPractices" | "seo" | "lcp" | "cls" | "tbt") =>
      median(results.map((r) => r[key]));
    rows.push({
      page: `${type} (${path})`,
      perf: m("performance"),
      a11y: m("accessibility"),
      "best pr.": m("bestPractices"),
      seo: m("seo"),
      "LCP ms": Math.round(m("lcp")),
      CLS: Number(m("cls").toFixed(3)),
      "TBT ms": Math.round(m("tbt")),
      "failed audits": [...new Set(results.flatMap((r) => r.failing))].join(" ") || "-",
    });
  }
} finally {
  chrome.kill();
  site.stop();
}
console.log(`Lighthouse ${runs} runs per page, medians (mobile, simulated throttling):`);
console.table(rows);
const scored = rows.filter((r) => typeof r.perf === "number");
const all100 = (key: string, except = "") =>
  scored
    .filter((r) => !String(r.page).startsWith(except) || !except)
    .filter((r) => r[key] !== 100)
    .map((r) => String(r.page).split(" (")[0]);
const below = {
  performance: all100("perf"),
  accessibility: all100("a11y"),
  "best practices": all100("best pr."),
  seo: all100("seo").filter((p) => p !== "share page"),
};
console.log(
  `bench:lighthouse pages=${scored.length} perf_min=${Math.min(...scored.map((r) => r.perf as number))} a11y_min=${Math.min(...scored.map((r) => r.a11y as number))} ` +
    `best_practices_min=${Math.min(...scored.map((r) => r["best pr."] as number))} seo_min_indexable=${Math.min(...scored.filter((r) => !String(r.page).startsWith("share")).map((r) => r.seo as number))} ` +
    `tbt_max_ms=${Math.max(...scored.map((r) => r["TBT ms"] as number))} below_100=${JSON.stringify(below)}`,
);

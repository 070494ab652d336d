// npm run bench:build — builds the site with N synthetic articles added to the real ones (N = 10, 100,
// 1000; BENCH_SIZES=10,100 to choose) in a temporary copy, and prints total seconds, marginal ms per article and peak memory of the
// whole build; then rebuilds with nothing changed (the content-hash cache should compile nothing); then
// compiles the same articles with the content pipeline and with plain @mdx-js/mdx `compile` (the floor).
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const sizes = (process.env.BENCH_SIZES ?? "10,100,1000").split(",").map(Number);
const root = resolve(".");
const bin = join(root, "node_modules", ".bin");
const glossary = readdirSync("content/glossary").map((f) => f.replace(/\.mdx$/, ""));

/** A synthetic article of about 700 words that uses headings, terms, citations, uses, a table and callouts. */
function article(i: number): string {
  const term = (k: number) => glossary[(i + k) % glossary.length]!;
  const para = (k: number) =>
    `Magnesium helps your body in many ways, and this paragraph number ${k} of article ${i} explains one of them in plain words. ` +
    `Your kidneys keep the level steady most of the time. When the level falls, you may feel weak or tired <Cite id="source-${k % 2}" />. ` +
    `A doctor can check your blood and talk with you about food, tablets or a drip.`;
  const sections = Array.from({ length: 6 }, (_, k) => `## Section ${k + 1} of article ${i} {#section-${k + 1}}\n\n${para(k)} A <Term id="${term(k)}">medical word</Term> appears here.\n\n${para(k + 6)}\n\n### Detail ${k + 1} {#detail-${k + 1}}\n\n- One point about it.\n- Another point about it.\n- A third point about it.\n`);
  return `---
title: Synthetic article number ${i} for the build benchmark
description: A generated article that looks like a real one, used only to measure how the build scales with the number of articles.
topic: ${["magnesium-basics", "infusions", "safety", "your-visit"][i % 4]}
summary: A generated article for measuring the build.
lastReviewed: 2026-11-01
nextReviewDue: 2099-11-01
reviewer: clinical-lead
sources:
  - id: source-0
    title: Magnesium Fact Sheet for Health Professionals
    publisher: NIH Office of Dietary Supplements
    url: https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/
  - id: source-1
    title: Hypomagnesemia
    publisher: StatPearls (NCBI Bookshelf)
    url: https://www.ncbi.nlm.nih.gov/books/NBK500003/
related: [synthetic-${(i + 1) % Math.max(sizes.at(-1)!, 2)}]
---

${para(99)}

${sections.join("\n")}
## Uses {#uses}

<Use id="a-use" title="A use with its evidence" evidence="limited" where="not-offered">

${para(100)}

</Use>

| Age | Amount |
|---|---|
| Adults | 310–420 mg |

<Callout type="info">

${para(101)}

</Callout>
`;
}

/** Runs a command; returns seconds and the peak resident memory of its whole process tree. */
function measure(command: string, args: string[], cwd: string): Promise<{ seconds: number; peakMiB: number; output: string }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NEXT_TELEMETRY_DISABLED: "1", CONTENT_TODAY: "2026-11-22" }, detached: true });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    let peak = 0;
    const tree = (pid: number): number[] => {
      const kids = existsSync(`/proc/${pid}/task/${pid}/children`) ? readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number) : [];
      return [pid, ...kids.flatMap(tree)];
    };
    const rss = (pid: number) => {
      try {
        return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
      } catch {
        return 0;
      }
    };
    const timer = setInterval(() => {
      peak = Math.max(peak, tree(child.pid!).reduce((n, pid) => n + rss(pid), 0));
    }, 100);
    child.on("close", (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${output.slice(-3000)}`));
      else done({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024 / 1024, output });
    });
  });
}

/** The real build, step by step (as `npm run build` runs it), in `dir`. */
async function build(dir: string) {
  const steps: [string, string[]][] = [
    [join(bin, "tsx"), ["lib/cli/check-content.ts"]],
    [join(bin, "next"), ["build"]],
    [join(bin, "tsx"), ["lib/cli/build-csp.ts"]],
    [join(bin, "tsx"), ["lib/cli/build-search-index.ts"]],
  ];
  let seconds = 0;
  let peakMiB = 0;
  let check = "";
  for (const [command, args] of steps) {
    const r = await measure(command, args, dir);
    seconds += r.seconds;
    peakMiB = Math.max(peakMiB, r.peakMiB);
    if (args[0] === "lib/cli/check-content.ts") check = /(\d+ compiled, \d+ from cache)/.exec(r.output)?.[1] ?? "?";
  }
  return { seconds, peakMiB, check };
}

const rows: Record<string, string | number>[] = [];
let previous: { n: number; seconds: number } | null = null;
for (const n of sizes) {
  // Inside the project (Turbopack only reads inside its root), without a lock file of its own, so that
  // this project's node_modules is found one folder up.
  const dir = join(root, ".bench", `build-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ["app", "components", "lib", "public", "content", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package.json"]) {
    cpSync(entry, join(dir, entry), { recursive: true, filter: (src) => !src.includes("public/pagefind") });
  }
  // The real articles stay (site pages link to them); the synthetic ones are added beside them.
  for (let i = 0; i < n; i++) writeFileSync(join(dir, "content", "articles", `synthetic-${i}.mdx`), article(i).replace(/related: \[synthetic-(\d+)\]/, (_, j) => `related: [synthetic-${Number(j) % n === i ? (i + 1) % n : Number(j) % n}]`));
  const cold = await build(dir);
  const warm = await build(dir);
  const marginal = previous ? ((cold.seconds - previous.seconds) * 1000) / (n - previous.n) : NaN;
  rows.push({
    "synthetic articles": n,
    "cold build s": cold.seconds.toFixed(1),
    "ms per article (marginal)": Number.isNaN(marginal) ? "-" : marginal.toFixed(0),
    "peak MiB": cold.peakMiB.toFixed(0),
    "rebuild s": warm.seconds.toFixed(1),
    "rebuild compiles": warm.check,
  });
  previous = { n, seconds: cold.seconds };
  console.log(`built ${n} articles: ${cold.seconds.toFixed(1)} s cold, ${warm.seconds.toFixed(1)} s rebuild (${warm.check})`);
}
console.log("Build scaling (this machine):");
console.table(rows);

// Compile only: the content pipeline (mdx-bundler + rules) against @mdx-js/mdx compile, each in a fresh
// process so both are cold.
const n = Math.min(100, sizes.at(-1)!);
const compileDir = join(root, ".bench", `build-${sizes.at(-1)}`, "content", "articles");
// (compile-one.ts reads the synthetic files only.)
for (const method of ["pipeline", "floor"]) {
  const r = await measure(join(bin, "tsx"), ["tests/bench/compile-one.ts", method, compileDir, String(n)], root);
  console.log(r.output.trim());
}

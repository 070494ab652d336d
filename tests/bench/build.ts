// npm run bench:build — builds the site (everything `npm run build` does) with N synthetic articles added to
// the real ones (N = 10, 100, 1000; BENCH_SIZES=10,100 to choose) in a temporary copy; then rebuilds with
// nothing changed (the content-hash caches should compile no MDX and draw no share card). Says where the
// time went, and ends with one line per size:
//   bench:build N=<n> cold_s=<s> rebuild_s=<s> peak_mib=<m> compiled_on_rebuild=<k>
// Goals at N=1000: cold < 40 s and < 2 GiB, rebuild < 30 s, nothing compiled or drawn on rebuild.
// BENCH_BASELINE=<git ref> (e.g. main, HEAD~1) also builds that commit's code and content the same way,
// size by size in the same run, and prints its line and the ratios (this code / baseline) beside ours.
// The baseline uses this checkout's node_modules: compare commits with the same package-lock.json.
import { execFileSync, spawn } from "node:child_process";
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
  const sections = Array.from(
    { length: 6 },
    (_, k) =>
      `## Section ${k + 1} of article ${i} {#section-${k + 1}}\n\n${para(k)} A <Term id="${term(k)}">medical word</Term> appears here.\n\n${para(k + 6)}\n\n### Detail ${k + 1} {#detail-${k + 1}}\n\n- One point about it.\n- Another point about it.\n- A third point about it.\n`,
  );
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
changes:
  - date: 2026-11-01
    summary: First published.
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
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NEXT_TELEMETRY_DISABLED: "1", CONTENT_TODAY: "2026-12-02" },
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    let peak = 0;
    const tree = (pid: number): number[] => {
      const kids = existsSync(`/proc/${pid}/task/${pid}/children`)
        ? readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
        : [];
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
      peak = Math.max(
        peak,
        tree(child.pid!).reduce((n, pid) => n + rss(pid), 0),
      );
    }, 100);
    child.on("close", (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${output.slice(-3000)}`));
      else done({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024 / 1024, output });
    });
  });
}

/** Seconds a step's own output says it spent, e.g. "og images 0.42 s" in the static step's timing line. */
const said = (output: string, pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? 0);

/** The real build, step by step (exactly what `npm run build` runs), in `dir`, with where the time went. */
async function build(dir: string) {
  const check = await measure(join(bin, "tsx"), ["lib/cli/check-content.ts"], dir);
  const site = await measure(join(bin, "tsx"), ["lib/cli/build-site.ts"], dir);
  const next = said(site.output, /next build ([\d.]+) s/);
  const compile = said(site.output, /Compiled successfully in ([\d.]+)s/);
  const og = said(site.output, /og images ([\d.]+) s/);
  const search = said(site.output, /search index ([\d.]+) s/);
  const skipped = /is up to date/.test(site.output);
  return {
    seconds: check.seconds + site.seconds,
    peakMiB: Math.max(check.peakMiB, site.peakMiB),
    peaks: `peak memory: content check ${Math.round(check.peakMiB)} MiB, next build and static step ${Math.round(site.peakMiB)} MiB`,
    compiled: Number(/(\d+) compiled, \d+ from cache/.exec(check.output)?.[1] ?? NaN),
    drawn: skipped ? 0 : Number(/share cards \((\d+) drawn\)/.exec(site.output)?.[1] ?? NaN),
    skipped,
    phases: {
      "content check": check.seconds,
      "Next compile": compile,
      "Next prerender": next - compile,
      "static step": said(site.output, /static step ([\d.]+) s/) - og - search,
      "OG images": og,
      "search index": search,
      ...(skipped ? { "up-to-date check": site.seconds } : {}),
    },
  };
}

const entries = ["app", "components", "lib", "public", "content", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package.json"];
const baseline = process.env.BENCH_BASELINE;
const baselineCommit = baseline ? commitOf(baseline) : null;

/** The full commit a ref names, or a clear error. */
function commitOf(ref: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(`BENCH_BASELINE=${ref}: not a commit in this repository (expected a branch, tag or commit, e.g. main or HEAD~1)`);
  }
}

/**
 * A copy of the site with n synthetic articles: the working tree, or a commit's files. Inside the project
 * (Turbopack only reads inside its root), without a lock file of its own, so that this project's
 * node_modules is found one folder up.
 */
function prepare(n: number, commit: string | null): string {
  const dir = join(root, ".bench", commit ? `baseline-${n}` : `build-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (commit) {
    const tar = execFileSync("git", ["archive", "--format=tar", commit, ...entries], { maxBuffer: 1 << 30 });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
  } else for (const entry of entries) cpSync(entry, join(dir, entry), { recursive: true });
  // The real articles stay (site pages link to them); the synthetic ones are added beside them.
  for (let i = 0; i < n; i++)
    writeFileSync(
      join(dir, "content", "articles", `synthetic-${i}.mdx`),
      article(i).replace(
        /related: \[synthetic-(\d+)\]/,
        (_, j) => `related: [synthetic-${Number(j) % n === i ? (i + 1) % n : Number(j) % n}]`,
      ),
    );
  // The synthetic articles are English only: listed as deliberate gaps of the Spanish edition, so each
  // gets its Spanish "not translated yet" page, as a real untranslated article would.
  writeFileSync(
    join(dir, "content", "es", "gaps.yaml"),
    `articles:\n${Array.from({ length: n }, (_, i) => `  - slug: synthetic-${i}\n    reason: Un artículo de prueba, solo en inglés.\n`).join("")}`,
  );
  return dir;
}

const line = (n: number, cold: Awaited<ReturnType<typeof build>>, warm: Awaited<ReturnType<typeof build>>) =>
  `N=${n} cold_s=${cold.seconds.toFixed(1)} rebuild_s=${warm.seconds.toFixed(1)} peak_mib=${Math.round(Math.max(cold.peakMiB, warm.peakMiB))} compiled_on_rebuild=${warm.compiled}`;

const results: string[] = [];
for (const n of sizes) {
  // The baseline first, then this code, one size at a time: both see the same machine.
  let base: { cold: Awaited<ReturnType<typeof build>>; warm: Awaited<ReturnType<typeof build>> } | null = null;
  if (baselineCommit) {
    const baseDir = prepare(n, baselineCommit);
    base = { cold: await build(baseDir), warm: await build(baseDir) };
    if (!process.env.BENCH_KEEP) rmSync(baseDir, { recursive: true, force: true });
  }
  const dir = prepare(n, null);
  const cold = await build(dir);
  const warm = await build(dir);
  // And with one article edited: what an author waits for after a small change.
  const edited = join(dir, "content", "articles", "synthetic-0.mdx");
  writeFileSync(edited, readFileSync(edited, "utf8").replace("explains one of them", "explains one of them clearly"));
  const one = await build(dir);
  const where = (b: typeof cold) =>
    Object.entries(b.phases)
      .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
      .join(", ");
  console.log(`N=${n} cold ${cold.seconds.toFixed(1)} s: ${where(cold)}; ${cold.peaks}`);
  console.log(
    `N=${n} rebuild ${warm.seconds.toFixed(1)} s: ${where(warm)}; compiled ${warm.compiled} documents, drew ${warm.drawn} share cards${warm.skipped ? "; out/ was up to date, so Next and the static step were skipped" : ""}`,
  );
  console.log(
    `N=${n} one article changed ${one.seconds.toFixed(1)} s: ${where(one)}; compiled ${one.compiled} documents, drew ${one.drawn} share cards`,
  );
  results.push(`bench:build ${line(n, cold, warm)}`);
  if (base) {
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(`N=${n} baseline ${baseline} cold ${base.cold.seconds.toFixed(1)} s: ${where(base.cold)}; ${base.cold.peaks}`);
    results.push(
      `bench:build baseline=${baseline} ${line(n, base.cold, base.warm)}`,
      `bench:build ratio N=${n} cold=${ratio(cold.seconds, base.cold.seconds)} rebuild=${ratio(warm.seconds, base.warm.seconds)} ` +
        `peak=${ratio(Math.max(cold.peakMiB, warm.peakMiB), Math.max(base.cold.peakMiB, base.warm.peakMiB))} (this code / ${baseline}; below 1.00 is better)`,
    );
  }
  // BENCH_KEEP=1 keeps the copy (and its out/) to look into.
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}
console.log(results.join("\n"));

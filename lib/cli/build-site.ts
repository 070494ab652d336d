// `npm run build`, after the content check: `next build` (the static export), then the static step
// (lib/build/static-site.ts) that turns it into out/. When nothing the site is built from has changed
// since the last build of the same folder (lib/build/build-record.ts), both are skipped and out/ is kept.
// `npm run build -- --force` builds anyway. Prints how long each part took.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildKey, isUpToDate, recordBuild } from "../build/build-record.ts";
import { contentOptions } from "../content/options.ts";

const { root, today, cacheDir } = contentOptions();
const outDir = process.env.SITE_DIR ?? "out";
const recordFile = join(cacheDir, "site-build.json");
const key = buildKey({ projectRoot: process.cwd(), contentRoot: root, today });

if (!process.argv.includes("--force") && isUpToDate(recordFile, outDir, key)) {
  console.log(
    `${outDir}/ is up to date: nothing it is built from has changed since it was built (npm run build -- --force builds anyway).`,
  );
  process.exit(0);
}

const timings: string[] = [];
// By name: npm puts the project's node_modules/.bin on PATH.
for (const [name, command, args] of [
  ["next build", "next", ["build"]],
  ["static step", "tsx", ["lib/build/static-site.ts"]],
] as const) {
  const started = performance.now();
  const { status, error } = spawnSync(command, args, { stdio: "inherit" });
  if (error) console.error(`${name}: could not run ${command}: ${error.message}`);
  if (status !== 0) process.exit(status ?? 1);
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
recordBuild(recordFile, outDir, key);
console.log(`build: ${timings.join(", ")}`);

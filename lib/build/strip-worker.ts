// One strip worker (see strip-pages.ts): strips the pages it is given, writes each back in place, and
// reports what the static step needs to know about it. Plain TypeScript that Node runs as it is.
import { readFileSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { stripPage } from "./strip-page.ts";
import type { StripJob } from "./strip-pages.ts";

const { files, options } = workerData as StripJob;
const results = files.map(({ file, csp }) => {
  const page = stripPage(readFileSync(file, "utf8"), { ...options, csp });
  // A page that would lose something is left as it was: the build fails and out/ is never replaced.
  if (page.problems.length === 0) writeFileSync(file, page.html);
  return { file, ...page };
});
parentPort!.postMessage(results);

// A strip worker (see strip-pages.ts): strips the pages it is sent, writes each back in place, and
// reports what the static step needs to know about it. Plain TypeScript that Node runs as it is.
import { readFileSync, writeFileSync } from "node:fs";
import { workerData } from "node:worker_threads";
import { serveChunks } from "./pool.ts";
import { type StripOptions, stripPage } from "./strip-page.ts";

const options = workerData as Omit<StripOptions, "csp">;
serveChunks(({ file, csp }: { file: string; csp: string }) => {
  const page = stripPage(readFileSync(file, "utf8"), { ...options, csp });
  // A page that would lose something is left as it was: the build fails and out/ is never replaced.
  if (page.problems.length === 0) writeFileSync(file, page.html);
  return { file, ...page };
});

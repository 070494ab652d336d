import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { StrippedPage, StripOptions } from "./strip-page.ts";

export interface StripJob {
  files: { file: string; csp: string }[];
  options: Omit<StripOptions, "csp">;
}

/** Strips every page on all cores (parsing is most of the static step's work); each page is written back in place. */
export async function stripPages(files: StripJob["files"], options: StripJob["options"]): Promise<(StrippedPage & { file: string })[]> {
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 200)));
  const shares = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<(StrippedPage & { file: string })[]>((resolve, reject) => {
          const worker = new Worker(new URL("./strip-worker.ts", import.meta.url), {
            workerData: { files: share, options } satisfies StripJob,
          });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`strip worker exited with ${code}`)));
        }),
    ),
  );
  return results.flat();
}

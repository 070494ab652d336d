import { onWorkers } from "./pool.ts";
import type { StrippedPage, StripOptions } from "./strip-page.ts";

/** Strips every page on all cores (parsing is most of the static step's work); each page is written back in place. */
export function stripPages(
  files: { file: string; csp: string }[],
  options: Omit<StripOptions, "csp">,
): Promise<(StrippedPage & { file: string })[]> {
  return onWorkers(new URL("./strip-worker.ts", import.meta.url), files, { setup: options });
}

// Doing many things at once without doing everything at once: a bounded number of tasks in this thread,
// or a worker thread per core for work that holds the thread (parsing pages, drawing cards).
// Plain TypeScript that Node runs as it is, so worker scripts can import it.
import { availableParallelism } from "node:os";
import { parentPort, Worker } from "node:worker_threads";

/** Runs `work` on every item, at most `limit` at a time (each runner takes the next item as it finishes one). */
export async function eachAtMost<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

type Chunk<T> = { at: number; items: T[] };

/**
 * Runs a worker script (one that calls `serveChunks`) over `items` on every core, and returns its results
 * in the items' order. Items go out a chunk at a time and each worker asks for the next chunk when it
 * finishes one, so no core idles while another still has a queue, and results come back as they are made.
 * `setup` reaches every worker as its workerData. A worker that throws fails the whole run.
 */
export async function onWorkers<T, R>(script: URL, items: readonly T[], options: { chunk?: number; setup?: unknown } = {}): Promise<R[]> {
  const chunk = options.chunk ?? 25;
  const results: R[][] = [];
  let next = 0;
  const count = Math.min(availableParallelism(), Math.ceil(items.length / chunk));
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(script, { workerData: options.setup });
          const give = () => {
            const at = next;
            next += chunk;
            worker.postMessage(at < items.length ? ({ at, items: items.slice(at, at + chunk) } satisfies Chunk<T>) : null);
          };
          worker.on("message", ({ at, results: done }: { at: number; results: R[] }) => {
            results[at / chunk] = done;
            give();
          });
          worker.once("error", reject);
          worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script.pathname} stopped with exit code ${code}`))));
          give();
        }),
    ),
  );
  return results.flat();
}

/** The worker's side of `onWorkers`: does `work` on each item of each chunk it is sent, in order. */
export function serveChunks<T, R>(work: (item: T) => R | Promise<R>): void {
  const port = parentPort!;
  port.on("message", async (chunk: Chunk<T> | null) => {
    if (chunk === null) return port.close();
    const results: R[] = [];
    for (const item of chunk.items) results.push(await work(item));
    port.postMessage({ at: chunk.at, results });
  });
}

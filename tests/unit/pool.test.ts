import { describe, expect, it } from "vitest";
import { eachAtMost, onWorkers } from "@/lib/build/pool";

const square = new URL("../fixtures/workers/square.ts", import.meta.url);
type Squared = { n: number; square: number; thread: number };

describe("onWorkers", () => {
  it("gives back every result in the items' order, however the chunks were shared out", async () => {
    const items = Array.from({ length: 103 }, (_, i) => i + 20);
    // The first chunk is slow, so later chunks finish first.
    const results = await onWorkers<number, Squared>(square, items, { chunk: 10, setup: { slow: [20, 21, 22] } });
    expect(results.map((r) => r.n)).toEqual(items);
    expect(results.every((r) => r.square === r.n * r.n)).toBe(true);
  });

  it("shares the work out to more than one worker when there is enough of it", async () => {
    const results = await onWorkers<number, Squared>(
      square,
      Array.from({ length: 40 }, (_, i) => i + 20),
      {
        chunk: 5,
        setup: { slow: [20, 25, 30, 35, 40, 45, 50, 55] },
      },
    );
    expect(new Set(results.map((r) => r.thread)).size).toBe(Math.min(2, (await import("node:os")).availableParallelism()));
  });

  it("fails the whole run when a worker throws, naming the error", async () => {
    await expect(onWorkers(square, [11, 12, 13, 14], { chunk: 2, setup: { slow: [] } })).rejects.toThrow("13 is not allowed");
  });

  it("starts no worker for no items", async () => {
    expect(await onWorkers(square, [], { setup: { slow: [] } })).toEqual([]);
  });
});

describe("eachAtMost", () => {
  it("never runs more than the limit at once, and runs every item", async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachAtMost(3, [1, 2, 3, 4, 5, 6, 7], async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(n);
      running--;
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

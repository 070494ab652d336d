import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeCards } from "@/lib/build/og-images";

const dir = mkdtempSync(join(tmpdir(), "cards-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const card = { title: "Side effects of a magnesium infusion", kicker: "Safety", siteName: "Magnesium Infusion Guide" };

describe("share cards", () => {
  it("are real 1200×630 PNG files, drawn once and then taken from the cache until their text changes", async () => {
    const out = join(dir, "out");
    const cache = join(dir, "cache");
    expect(await writeCards(out, [{ path: "/og/articles/a.png", card }], cache)).toEqual({ cards: 1, drawn: 1 });
    const png = readFileSync(join(out, "og", "articles", "a.png"));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await writeCards(out, [{ path: "/og/articles/a.png", card }], cache)).toEqual({ cards: 1, drawn: 0 });
    expect(await writeCards(out, [{ path: "/og/articles/a.png", card: { ...card, title: "A new title" } }], cache)).toEqual({
      cards: 1,
      drawn: 1,
    });
    // The card no page uses any more has left the cache.
    expect(readdirSync(cache)).toHaveLength(1);
  });
});

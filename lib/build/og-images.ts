import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Card, renderCard } from "./og-image";
import { eachAtMost } from "./pool";

/**
 * Writes each page's share card (a real .png) into the site, drawing only cards whose text or drawing
 * code changed since the last build: PNGs are kept in `cacheDir` under a hash of both.
 */
export async function writeCards(outDir: string, cards: { path: string; card: Card }[], cacheDir: string) {
  mkdirSync(cacheDir, { recursive: true });
  const code = createHash("sha256")
    .update(readFileSync(new URL("./og-image.ts", import.meta.url)))
    .digest("hex");
  const used = new Set<string>();
  let drawn = 0;
  const draw = async ({ path, card }: (typeof cards)[number]) => {
    const name = `${createHash("sha256").update(code).update(JSON.stringify(card)).digest("hex").slice(0, 24)}.png`;
    const cached = join(cacheDir, name);
    used.add(name);
    let png: Buffer;
    if (existsSync(cached)) png = readFileSync(cached);
    else {
      png = await renderCard(card);
      writeFileSync(cached, png);
      drawn++;
    }
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), png);
  };
  // A few cards at a time: each drawing holds a 3 MB bitmap until it is encoded, and a thousand at once
  // would hold gigabytes.
  await eachAtMost(4, cards, draw);
  // Cards no page uses any more are dropped, so the cache does not grow forever.
  for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name));
  return { cards: cards.length, drawn };
}

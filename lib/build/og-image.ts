import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import satori from "satori";

/** What a share card shows. */
export interface Card {
  title: string;
  /** A line above the title: the article's topic. */
  kicker: string;
  siteName: string;
}

export const cardSize = { width: 1200, height: 630 };

const require = createRequire(import.meta.url);
// Fonts from an npm package: nothing is fetched at build time.
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;

const div = (style: Record<string, unknown>, children: unknown) => ({ type: "div", props: { style, children } });

/** One share card as PNG: satori lays out the text (as SVG paths), resvg draws it. */
export async function renderCard(card: Card): Promise<Buffer> {
  fonts ??= [400, 700].map((weight) => ({
    name: "Noto Sans",
    data: font(weight as 400 | 700),
    weight: weight as 400 | 700,
    style: "normal" as const,
  }));
  const tree = div(
    {
      width: "100%",
      height: "100%",
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: 72,
      background: "#005a70",
      color: "#fff",
      fontFamily: "Noto Sans",
    },
    [
      div({ fontSize: 34, opacity: 0.9 }, card.kicker),
      div({ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }, card.title),
      div({ fontSize: 30 }, card.siteName),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...cardSize, fonts });
  // Drawn on libuv's thread pool, so cards are drawn on every core while satori lays out the next ones.
  return (await renderAsync(svg, { fitTo: { mode: "original" } })).asPng();
}

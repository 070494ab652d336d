import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [
  { name: "bars: magnesium in foods", mdx: '<Figure id="magnesium-in-foods" />', shows: ["<figure", "<svg", "<table"] },
  { name: "timeline: a visit", mdx: '<Figure id="visit-timeline" />', shows: ["<figure", "<svg", "<ol"] },
];

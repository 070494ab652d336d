import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [
  {
    name: "heart and breathing",
    mdx: '<RedFlagSummary groups="severe-asthma heart-attack stroke" />',
    shows: ["Immediate action required", 'href="/articles/when-to-get-emergency-care#'],
  },
];

import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [
  {
    name: "a word in a sentence",
    mdx: 'A blood test measures magnesium in your <Term id="serum">serum</Term>.',
    shows: ["popoverTarget", 'href="/glossary/serum"'],
  },
];

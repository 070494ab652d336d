import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [
  {
    name: "after a claim",
    mdx: 'The kidneys are the main way magnesium leaves the body <Cite id="pfizer-vial-warnings" />.',
    shows: ['href="#ref-pfizer-vial-warnings"', "[1]"],
  },
];

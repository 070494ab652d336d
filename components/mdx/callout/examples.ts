import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [
  {
    name: "tip with a title",
    mdx: '<Callout type="tip" title="Be ready">\n\nKeep a list of your medicines on your phone.\n\n</Callout>',
    shows: ["Be ready", "Keep a list"],
  },
  {
    name: "warning",
    mdx: '<Callout type="warning">\n\nDo not drive until you feel well.\n\n</Callout>',
    shows: ["Important", "Do not drive"],
  },
];

import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [
  {
    name: "a use with its evidence",
    mdx: '<Use id="example-asthma" title="Severe asthma attacks" evidence="moderate" where="emergency">\n\nIn a severe attack, one dose through a drip can help when inhalers have not worked.\n\n</Use>',
    shows: ['id="example-asthma"', "Moderate evidence", "Given in an emergency department"],
  },
];

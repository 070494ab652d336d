import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [
  {
    name: "pre-eclampsia",
    mdx: '<RedFlags group="pre-eclampsia" />',
    shows: ["Immediate action required", "Call 911 or go to the emergency department now"],
  },
  {
    name: "drip-site infection (call the clinic)",
    mdx: '<RedFlags group="drip-site-infection" />',
    shows: ["Urgent advice", "Call the clinic"],
  },
];

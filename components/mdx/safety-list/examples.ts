import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [
  { name: "contraindications", mdx: '<SafetyList list="contraindications" />', shows: ['data-safety-list="contraindications"', "<ul"] },
  { name: "interactions as a table", mdx: '<SafetyList list="iv-interactions" />', shows: ["<table>", "Medicine"] },
];

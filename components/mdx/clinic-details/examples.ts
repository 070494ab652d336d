import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [{ name: "contact card", mdx: "<ClinicDetails />", shows: ["<address", "tel:"] }];

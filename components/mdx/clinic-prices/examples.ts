import type { ComponentExample } from "../define";

export const examples: ComponentExample[] = [{ name: "price list", mdx: "<ClinicPrices />", shows: ["<table", "Price"] }];

import { z } from "zod";
import { defineComponent } from "../define";
import { examples } from "./examples";

/** Each kind of callout, and the word screen readers hear before it. */
export const calloutTypes = { info: "Information", tip: "Tip", warning: "Important" } as const;

export const callout = defineComponent({
  name: "Callout",
  usage: '<Callout type="info">…</Callout>',
  summary: "A highlighted note. Screen readers hear its kind (Information, Tip, Important) before it.",
  allowedIn: ["articles", "pages"],
  props: z.strictObject({
    type: z
      .enum(Object.keys(calloutTypes) as [keyof typeof calloutTypes, ...(keyof typeof calloutTypes)[]])
      .describe("info, tip or warning."),
    title: z.string().min(2).optional().describe("An optional short heading."),
  }),
  check({ hasText, problem }) {
    if (!hasText) problem("<Callout> needs content inside it");
  },
  examples,
});

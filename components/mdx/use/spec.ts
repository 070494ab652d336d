import { z } from "zod";
import { evidenceLevels, kebabId, settings } from "@/lib/content/schema";
import { defineComponent } from "../define";
import { examples } from "./examples";

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const use = defineComponent({
  name: "Use",
  usage: '<Use id="anchor-id" title="…" evidence="…" where="…">…</Use>',
  summary:
    'One use of IV magnesium: a `###` section with that anchor id, the evidence level in words and where it is given. In a `##` section with a `<Use>`, every `###` must be a `<Use>`. The page builds its "At a glance" table from them.',
  allowedIn: ["articles"],
  props: z.strictObject({
    id: kebabId.describe("The section's anchor id; permanent once published."),
    title: z.string().min(3).describe("The section heading."),
    evidence: z.enum(keys(evidenceLevels)).describe("strong, moderate, limited, insufficient or against."),
    where: z.enum(keys(settings)).describe("hospital, emergency, clinic or not-offered."),
  }),
  check({ props, ctx, hasText, problem, addAnchor }) {
    ctx.facts.uses.push(props);
    addAnchor(props.id, props.title);
    if (!hasText) problem("<Use> needs a description of the use and its evidence inside it");
  },
  examples,
});

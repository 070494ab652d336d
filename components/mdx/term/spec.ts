import { z } from "zod";
import { kebabId } from "@/lib/content/schema";
import { defineComponent } from "../define";
import { examples } from "./examples";

export const term = defineComponent({
  name: "Term",
  usage: '<Term id="glossary-id">words</Term>',
  summary:
    "Marks a medical word (at least on first use) and links it to the glossary: its definition opens in place, without JavaScript. The id must exist in `content/glossary/`. Mark at least three words per article.",
  allowedIn: ["articles"],
  props: z.strictObject({ id: kebabId.describe("The glossary term's id (its file name in content/glossary/).") }),
  check({ props, ctx, hasText, problem }) {
    if (!ctx.glossaryIds.has(props.id))
      problem(`unknown glossary term "${props.id}": add content/glossary/${props.id}.mdx or use an existing id`, "<Term> id");
    else if (!ctx.facts.terms.includes(props.id)) ctx.facts.terms.push(props.id);
    if (!hasText) problem('<Term> needs the words to mark, e.g. <Term id="serum">blood serum</Term>');
  },
  examples,
});

import { z } from "zod";
import { kebabId } from "@/lib/content/schema";
import { defineComponent } from "../define";
import { examples } from "./examples";

export const cite = defineComponent({
  name: "Cite",
  usage: '<Cite id="source-id" />',
  summary:
    "A numbered reference to one of the article's `sources`, or to a shared source in `content/sources.yaml`. Put it after the claim, before the full stop. Every source in the frontmatter must be cited at least once.",
  allowedIn: ["articles"],
  props: z.strictObject({ id: kebabId.describe("The source's id.") }),
  check({ props, ctx, hasChildren, problem }) {
    if (!ctx.sourceIds.has(props.id))
      problem(`unknown source "${props.id}": expected an id from the frontmatter's sources or content/sources.yaml`, "<Cite> id");
    else if (!ctx.facts.cites.includes(props.id)) ctx.facts.cites.push(props.id);
    if (hasChildren) problem('<Cite> takes no content: write <Cite id="…" />');
  },
  examples,
});

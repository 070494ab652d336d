import { z } from "zod";
import { kebabId } from "@/lib/content/schema";
import { defineComponent } from "../define";
import { examples } from "./examples";

export const figure = defineComponent({
  name: "Figure",
  usage: '<Figure id="magnesium-in-foods" />',
  summary:
    "A chart drawn at build time from `content/figures/<id>.yaml` (bars, a timeline or parts of a whole), with its caption, its numbers as a table, and its sources joining the page's references. Put the numbers in the YAML, never in the text twice.",
  allowedIn: ["articles"],
  props: z.strictObject({ id: kebabId.describe("A figure id: the file name in content/figures/.") }),
  check({ props, ctx, hasChildren, problem }) {
    if (hasChildren) problem("<Figure> takes no content: its numbers come from content/figures/");
    if (!ctx.figureIds) return;
    if (!ctx.figureIds.has(props.id))
      return problem(
        `unknown figure "${props.id}": expected one of the files in content/figures/ (${[...ctx.figureIds].join(", ")})`,
        "<Figure> id",
      );
    if (ctx.facts.figures.includes(props.id)) return problem(`the figure "${props.id}" is already shown on this page`, "<Figure> id");
    ctx.facts.figures.push(props.id);
  },
  examples,
});

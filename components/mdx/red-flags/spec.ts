import { z } from "zod";
import { kebabId } from "@/lib/content/schema";
import { defineComponent } from "../define";
import { checkSafetyUse } from "../safety-rules";
import { examples } from "./examples";

export const redFlags = defineComponent({
  name: "RedFlags",
  usage: '<RedFlags group="pre-eclampsia" />',
  summary:
    "One group of warning signs from `content/safety/red-flags.yaml`, as an emergency card: the group's title, what to do (with the numbers from `content/site.json`), and each sign with its reference numbers. Use it wherever red flags are discussed; a group appears once per page.",
  allowedIn: ["articles"],
  props: z.strictObject({ group: kebabId.describe("A group id from content/safety/red-flags.yaml.") }),
  check: (use) => checkSafetyUse("RedFlags", [use.props.group], use),
  examples,
});

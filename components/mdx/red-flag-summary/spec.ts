import { z } from "zod";
import { defineComponent } from "../define";
import { checkSafetyUse } from "../safety-rules";
import { examples } from "./examples";

export const redFlagSummary = defineComponent({
  name: "RedFlagSummary",
  usage: '<RedFlagSummary groups="severe-asthma torsades stroke" />',
  summary:
    "A short card with one line per red-flag group (its `summary`), each linked to where the group is explained in full. The groups must share one action.",
  allowedIn: ["articles"],
  props: z.strictObject({
    groups: z
      .string()
      .regex(/^[a-z0-9-]+( [a-z0-9-]+)+$/, "expected two or more red-flag group ids separated by spaces")
      .describe("Two or more group ids from content/safety/red-flags.yaml, separated by spaces."),
  }),
  check: (use) => checkSafetyUse("RedFlagSummary", use.props.groups.split(" "), use),
  examples,
});

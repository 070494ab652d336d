import { z } from "zod";
import { kebabId } from "@/lib/content/schema";
import { defineComponent } from "../define";
import { checkSafetyUse } from "../safety-rules";
import { examples } from "./examples";

export const safetyList = defineComponent({
  name: "SafetyList",
  usage: '<SafetyList list="contraindications" />',
  summary:
    "A contraindication or caution list, or an interaction table, from `content/safety/lists.yaml`, each item with its reference numbers.",
  allowedIn: ["articles"],
  props: z.strictObject({ list: kebabId.describe("A list id from content/safety/lists.yaml.") }),
  check: (use) => checkSafetyUse("SafetyList", [use.props.list], use),
  examples,
});

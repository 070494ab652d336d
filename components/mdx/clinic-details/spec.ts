import { z } from "zod";
import { defineComponent } from "../define";
import { examples } from "./examples";

export const clinicDetails = defineComponent({
  name: "ClinicDetails",
  usage: "<ClinicDetails />",
  summary:
    "The clinic's name, address, phone, email and hours from `content/site.json`; it says so plainly while they are samples. Never write clinic details into the text.",
  allowedIn: ["articles", "pages"],
  props: z.strictObject({}),
  examples,
});

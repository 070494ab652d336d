import { z } from "zod";
import { defineComponent } from "../define";
import { examples } from "./examples";

export const clinicPrices = defineComponent({
  name: "ClinicPrices",
  usage: "<ClinicPrices />",
  summary:
    'The clinic\'s services with their prices (or "ask us") and visit lengths, from `content/site.json`. It says plainly while the details are samples. Use it wherever cost is discussed; never write prices into the text.',
  allowedIn: ["articles", "pages"],
  props: z.strictObject({}),
  examples,
});

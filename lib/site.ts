import { z } from "zod";
import raw from "@/content/site.json";

/** content/site.json: the site's and the clinic's settings. Null clinic fields mean "not provided yet". */
export const siteSchema = z.strictObject({
  /** Shown in the header and page titles. */
  siteName: z.string().min(3),
  /** Absolute https origin the site is served from; canonical URLs start with it. */
  siteUrl: z.url({ protocol: /^https$/ }).refine((u) => !u.endsWith("/"), "expected no trailing slash"),
  /** The local emergency number shown in every emergency callout. */
  emergencyNumber: z.string().regex(/^[0-9]{3,4}$/, "expected a short emergency number such as 911"),
  clinic: z.strictObject({
    /** The clinic's name, or null until the clinic provides it. */
    name: z.string().min(2).nullable(),
    /** The clinic's phone number, or null until the clinic provides it. */
    phone: z.string().min(5).nullable(),
  }),
});
export type Site = z.infer<typeof siteSchema>;

function parseSite(input: unknown): Site {
  const result = siteSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  content/site.json  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid site settings:\n${lines.join("\n")}`);
}

export const site: Site = parseSite(raw);
export { parseSite };

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Clinic, type Site, siteSchema } from "@/lib/content/schema";

export type { Clinic, Site };

/** Validates settings; the error names the file, each field and what was expected. */
export function parseSite(input: unknown, file = "content/site.json"): Site {
  const result = siteSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${file}  ${i.path.join(".") || "(top level)"}: ${i.message}`);
  throw new Error(`Invalid site settings:\n${lines.join("\n")}`);
}

/** content/site.json, validated once; CONTENT_ROOT lets tests build the site from fixture content. */
export const site: Site = parseSite(JSON.parse(readFileSync(join(process.env.CONTENT_ROOT ?? process.cwd(), "content", "site.json"), "utf8")));

/** "Monday to Friday, 9:00 AM to 5:00 PM". */
export function describeHours(h: Clinic["hours"][number]): string {
  const t = (hhmm: string) => {
    const [hour = 0, minute = 0] = hhmm.split(":").map(Number);
    return new Date(Date.UTC(2000, 0, 1, hour, minute)).toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit", timeZone: "UTC" });
  };
  const days = h.days.length > 2 ? `${h.days[0]} to ${h.days.at(-1)}` : h.days.join(" and ");
  return `${days}, ${t(h.opens)} to ${t(h.closes)}`;
}

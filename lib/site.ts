import { join } from "node:path";
import { readJson } from "@/lib/content/files";
import { contentOptions } from "@/lib/content/options";
import { ContentError, type Problem, zodProblems } from "@/lib/content/problems";
import { type Clinic, type Site, siteSchema } from "@/lib/content/schema";

export type { Clinic, Site };

/** Validates settings, with the content check's own messages: the file, each field and what was expected. */
export function parseSite(input: unknown, file = "content/site.json"): Site {
  const result = siteSchema.safeParse(input);
  if (result.success) return result.data;
  throw new ContentError(zodProblems(file, result.error, () => undefined, input));
}

function loadSite(): Site {
  const file = join(contentOptions().root, "content", "site.json");
  const problems: Problem[] = [];
  const site = readJson(file, siteSchema, problems);
  if (!site) throw new ContentError(problems);
  return site;
}

/** content/site.json, read and validated once, by the same reader as every other content file. */
export const site: Site = loadSite();

/** "Monday to Friday, 9:00 AM to 5:00 PM". */
export function describeHours(h: Clinic["hours"][number]): string {
  const t = (hhmm: string) => {
    const [hour = 0, minute = 0] = hhmm.split(":").map(Number);
    return new Date(Date.UTC(2000, 0, 1, hour, minute)).toLocaleTimeString("en-US", {
      hour: "numeric",
      minute: "2-digit",
      timeZone: "UTC",
    });
  };
  const days = h.days.length > 2 ? `${h.days[0]} to ${h.days.at(-1)}` : h.days.join(" and ");
  return `${days}, ${t(h.opens)} to ${t(h.closes)}`;
}

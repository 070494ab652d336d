import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readJson } from "@/lib/content/files";
import { parseYaml } from "@/lib/content/yaml-file";
import { siteTextSchema } from "@/lib/content/schema";
import { htmlLang, type Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
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

/**
 * The settings in one language: the site's name, the crisis line's name and the clinic's services in
 * the words of content/<lang>/site.yaml (checked with the rest of the content by `npm run check:content`).
 */
function localSite(lang: Lang): Site {
  const file = join(contentOptions().root, "content", lang, "site.yaml");
  if (lang === "en" || !existsSync(file)) return site;
  const parsed = parseYaml(file, readFileSync(file, "utf8"), siteTextSchema);
  if (!parsed.ok) throw new ContentError(parsed.problems);
  const text = parsed.data;
  return {
    ...site,
    siteName: text.siteName,
    crisisLine: { ...site.crisisLine, name: text.crisisLine.name },
    clinic: {
      ...site.clinic,
      services: site.clinic.services.map((s) => {
        const words = text.services.find((w) => w.id === s.id);
        return words ? { ...s, name: words.name, description: words.description, visitLength: words.visitLength ?? s.visitLength } : s;
      }),
    },
  };
}
const bySite = new Map<Lang, Site>();
export const siteIn = (lang: Lang): Site => {
  if (!bySite.has(lang)) bySite.set(lang, localSite(lang));
  return bySite.get(lang)!;
};

const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** A day of content/site.json ("Monday") in a language: "lunes". */
const dayName = (day: string, lang: Lang) =>
  lang === "en"
    ? day
    : new Date(Date.UTC(2023, 0, 1 + weekdays.indexOf(day))).toLocaleDateString(htmlLang[lang], { weekday: "long", timeZone: "UTC" });

/** "Monday to Friday, 9:00 AM to 5:00 PM" / "de lunes a viernes, de 9:00 a. m. a 5:00 p. m.". */
export function describeHours(h: Clinic["hours"][number], lang: Lang = "en"): string {
  const m = t(lang).clinic;
  const time = (hhmm: string) => {
    const [hour = 0, minute = 0] = hhmm.split(":").map(Number);
    return new Date(Date.UTC(2000, 0, 1, hour, minute)).toLocaleTimeString(lang === "en" ? "en-US" : `${lang}-US`, {
      hour: "numeric",
      minute: "2-digit",
      timeZone: "UTC",
    });
  };
  const days = h.days.map((d) => dayName(d, lang));
  const text = days.length > 2 ? m.daysRange(days[0]!, days.at(-1)!) : days.length === 2 ? m.daysPair(days[0]!, days[1]!) : days[0]!;
  return m.hoursLine(text, time(h.opens), time(h.closes));
}

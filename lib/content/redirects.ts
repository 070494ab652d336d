import { join } from "node:path";
import type { Content } from "./load";
import type { Edition } from "./types";
import { localize } from "@/lib/i18n/lang";

/** A permanent (308) redirect from a former URL to the page that replaced it. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * Every former article slug and glossary id of published content, pointing at its current page, in every
 * language (a translation answers to its English document's former addresses under its own prefix).
 */
export function redirectsOf(content: Pick<Content, "editions">): Redirect[] {
  return (Object.values(content.editions) as Edition[])
    .flatMap((e) =>
      [
        ...e.articles
          .filter((a) => !a.frontmatter.draft)
          .flatMap((a) => a.frontmatter.formerSlugs.map((old) => ({ from: `/articles/${old}`, to: `/articles/${a.slug}` }))),
        ...e.glossary.flatMap((g) => g.frontmatter.formerIds.map((old) => ({ from: `/glossary/${old}`, to: `/glossary/${g.id}` }))),
      ].map((r) => ({ from: localize(r.from, e.lang), to: localize(r.to, e.lang) })),
    )
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** Where `npm run check:content` leaves the redirects for the build's static step (config never reads content). */
export const redirectsFile = (root: string) => join(root, ".content-cache", "redirects.json");

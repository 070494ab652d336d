import { join } from "node:path";
import type { Content } from "./load";

/** A permanent (308) redirect from a former URL to the page that replaced it. */
export interface Redirect {
  from: string;
  to: string;
}

/** Every former article slug and glossary id of published content, pointing at its current page. */
export function redirectsOf(content: Pick<Content, "articles" | "glossary">): Redirect[] {
  return [
    ...content.articles
      .filter((a) => !a.frontmatter.draft)
      .flatMap((a) => a.frontmatter.formerSlugs.map((old) => ({ from: `/articles/${old}`, to: `/articles/${a.slug}` }))),
    ...content.glossary.flatMap((g) => g.frontmatter.formerIds.map((old) => ({ from: `/glossary/${old}`, to: `/glossary/${g.id}` }))),
  ].sort((a, b) => a.from.localeCompare(b.from));
}

/** Where `npm run check:content` leaves the redirects for the build's static step (config never reads content). */
export const redirectsFile = (root: string) => join(root, ".content-cache", "redirects.json");

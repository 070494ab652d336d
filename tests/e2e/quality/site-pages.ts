import { loadContent } from "@/lib/content/load";
import { contentOptions } from "@/lib/content/options";
import { builtPaths } from "@/lib/routes";

// The pages come from the content loader and the routes module, the same source as the build itself,
// so a draft is never expected and a new kind of page is never forgotten.
const content = await loadContent({ ...contentOptions(), includeDrafts: false });

/**
 * Every page the site serves, known before the servers start: the public pages, the working pages, and
 * one review pack and one page of packet pieces, each standing for the rest (one template each, never
 * shown to search engines). A packet put together in the browser is checked once it is assembled.
 */
const built = builtPaths(content);
const onePer = (prefix: string) => built.find((p) => p.startsWith(prefix))!;
const first = content.articles[0]!;
const second = content.articles[1]!;
export const assembledPacket = `/handout?items=${first.slug}:${first.facts.headings[0]!.id},${second.slug}&sent=2000-01-01`;
export const sitePages = [
  ...built.filter((p) => !/^(\/es)?\/(review|handout\/parts)\//.test(p) && p !== "/es/404"),
  onePer("/review/"),
  onePer("/handout/parts/"),
  onePer("/es/handout/parts/"),
];
export const notFoundPage = "/this-page-does-not-exist";
/** A missing address under /es/: the Spanish "page not found", with status 404. */
export const spanishNotFoundPage = "/es/esta-pagina-no-existe";

import { loadContent } from "@/lib/content/load";
import { contentOptions } from "@/lib/content/options";
import { builtPaths } from "@/lib/routes";

// The pages come from the content loader and the routes module, the same source as the build itself,
// so a draft is never expected and a new kind of page is never forgotten.
const content = await loadContent({ ...contentOptions(), includeDrafts: false });

/** Every page the site serves (public pages, the working pages and every review pack), known before the servers start. */
export const sitePages = builtPaths(content);
export const notFoundPage = "/this-page-does-not-exist";

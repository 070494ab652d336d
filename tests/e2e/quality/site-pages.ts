import { loadContent } from "@/lib/content/load";
import { contentOptions } from "@/lib/content/options";
import { builtPaths } from "@/lib/routes";

// The pages come from the content loader and the routes module, the same source as the build itself,
// so a draft is never expected and a new kind of page is never forgotten.
const content = await loadContent({ ...contentOptions(), includeDrafts: false });

/**
 * Every page the site serves, known before the servers start: the public pages, the working pages, and
 * one review pack, which stands for all of them (they are built from one template, for staff only).
 */
const built = builtPaths(content);
export const sitePages = [...built.filter((p) => !p.startsWith("/review/")), built.find((p) => p.startsWith("/review/"))!];
export const notFoundPage = "/this-page-does-not-exist";

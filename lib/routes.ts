// Every route the site has, in one place: the link check, the URL manifest, the sitemap and the
// end-to-end page list all ask this module, so they cannot disagree.
import { topics } from "@/lib/content/schema";
import type { Content } from "@/lib/content/types";

/** Pages that exist whatever the content says. */
export const staticPaths = ["/", "/glossary", "/search", "/share", "/gallery", "/handout"] as const;

/** Working pages for staff, reviewers and authors: built, linkable, never in search engines or the sitemap. */
export const unlistedPaths = ["/share", "/gallery", "/handout"] as const;

/**
 * First path segments the site's own routes and files use, so no page in content/pages/ may take them.
 * (The build also writes sitemap.xml, robots.txt, the search index and its assets at the top level.)
 */
export const reservedSegments = new Set([
  "articles",
  "glossary",
  "topics",
  "share",
  "search",
  "review",
  "gallery",
  "handout",
  "sitemap.xml",
  "robots.txt",
  "pagefind",
  "og",
  "_next",
  "api",
  "404",
]);

/** Section ids each kind of page renders itself, so a heading in its content may not use them. */
export const reservedIds = {
  /** The article layout: skip link, summary, contents, references, related topics, next step, printed word list, change log. */
  articles: [
    "main",
    "at-a-glance",
    "references",
    "related",
    "contents",
    "next-step",
    "words-on-this-page",
    "what-changed",
    "updated-since",
  ],
  /** The glossary term page: its sources, related words and the articles that use the term. */
  glossary: ["main", "sources", "related-terms", "used-in"],
  pages: ["main"],
} as const;

/** Id prefixes the page layout uses: references, definitions, red-flag cards, safety lists, figures. */
export const reservedIdPrefixes = /^(ref|def|rf|sl|fig)-/;

/** Every public page path, in the sitemap's order (drafts never appear). */
export function publicPaths(content: Pick<Content, "articles" | "glossary" | "pages">): string[] {
  return [
    "/",
    ...Object.keys(topics).map((t) => `/topics/${t}`),
    ...content.articles.filter((a) => !a.frontmatter.draft).map((a) => `/articles/${a.slug}`),
    "/glossary",
    ...content.glossary.map((g) => `/glossary/${g.id}`),
    ...content.pages.map((p) => `/${p.slug}`),
    "/search",
  ];
}

/** Ready-made handout packets: linkable and printable, kept out of search engines (their text is the articles'). */
export const packetPaths = (content: Pick<Content, "packets">) => content.packets.map((p) => `/handout/${p.id}`);

/**
 * Every page the build writes: the public ones, the unlisted working pages, the ready-made packets, and
 * per article a review pack and the pieces packets are made from (/handout/parts/<slug>).
 */
export function builtPaths(content: Pick<Content, "articles" | "glossary" | "pages" | "packets">): string[] {
  const published = content.articles.filter((a) => !a.frontmatter.draft);
  return [
    ...publicPaths(content),
    ...unlistedPaths,
    ...packetPaths(content),
    ...published.map((a) => `/review/${a.slug}`),
    ...published.map((a) => `/handout/parts/${a.slug}`),
  ];
}

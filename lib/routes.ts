// Every route the site has, in one place: the link check, the URL manifest, the sitemap and the
// end-to-end page list all ask this module, so they cannot disagree.
import { topics } from "@/lib/content/schema";
import type { Content, Edition } from "@/lib/content/types";
import { type Lang, langs, localize } from "@/lib/i18n/lang";

/** The working pages an edition has: the component gallery is the authors' (English only). */
export const unlistedPathsFor = (lang: Lang): string[] => unlistedPaths.filter((p) => lang === "en" || p !== "/gallery");

/** The pages that exist in an edition whatever the content says. */
export const staticPathsFor = (lang: Lang): string[] => staticPaths.filter((p) => lang === "en" || p !== "/gallery");

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
  // Each translated edition's prefix (lib/i18n/lang.ts).
  ...langs.filter((l) => localize("/", l) !== "/").map((l) => localize("/", l).slice(1)),
]);

/** Section ids each kind of page renders itself, so a heading in its content may not use them. */
export const reservedIds = {
  /** The article layout: skip link, summary, contents, references, related topics, next step, printed word list, change log. */
  articles: [
    "main",
    "at-a-glance",
    "at-a-glance-table",
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

/** One edition's public pages, without its language prefix, in the sitemap's order (drafts and untranslated pages never appear). */
export function editionPaths(content: Pick<Edition, "articles" | "glossary" | "pages">): string[] {
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

/** Every public page path in every language, each with its prefix (English has none). */
export function publicPaths(content: Pick<Content, "editions">): string[] {
  return (Object.values(content.editions) as Edition[]).flatMap((e) => editionPaths(e).map((p) => localize(p, e.lang)));
}

/**
 * The languages a page exists in, for the language switch and the hreflang alternates: a path (without
 * prefix) in each edition that has it as a public page. An untranslated page (a gap) is not a translation.
 */
export function pageLangs(content: Pick<Content, "editions">, path: string): Lang[] {
  const bare = path.split("#")[0]!;
  return langs.filter((l) => {
    const edition = content.editions[l];
    return edition !== undefined && pathsOf(edition).has(bare);
  });
}

// Every page and the sitemap ask which languages a path is in: each edition's paths are listed once.
const listed = new WeakMap<Edition, Set<string>>();
function pathsOf(edition: Edition): Set<string> {
  let paths = listed.get(edition);
  if (!paths) listed.set(edition, (paths = new Set([...editionPaths(edition), ...unlistedPathsFor(edition.lang)])));
  return paths;
}

/** An edition's untranslated documents: their address says so and links to the English (never indexed). */
export const gapPaths = (edition: Pick<Edition, "gaps">) => [
  ...edition.gaps.articles.map((g) => `/articles/${g.slug}`),
  ...edition.gaps.pages.map((g) => `/${g.slug}`),
];

/** Ready-made handout packets: linkable and printable, kept out of search engines (their text is the articles'). */
export const packetPaths = (content: Pick<Edition, "packets">) => content.packets.map((p) => `/handout/${p.id}`);

/**
 * Every page the build writes, in every language: the public ones, the unlisted working pages, the
 * ready-made packets, per article a review pack and the pieces packets are made from
 * (/handout/parts/<slug>), and a translation's untranslated pages and its own "page not found".
 */
export function builtPaths(content: Pick<Content, "editions">): string[] {
  return (Object.values(content.editions) as Edition[]).flatMap((e) => {
    const published = e.articles.filter((a) => !a.frontmatter.draft);
    return [
      ...editionPaths(e),
      ...unlistedPathsFor(e.lang),
      ...packetPaths(e),
      // Review packs are for the clinic's reviewer, in English; a translation is signed off with npm run review:sign.
      ...(e.lang === "en" ? published.map((a) => `/review/${a.slug}`) : []),
      ...published.map((a) => `/handout/parts/${a.slug}`),
      ...gapPaths(e),
      ...(e.lang === "en" ? [] : ["/404"]),
    ].map((p) => localize(p, e.lang));
  });
}

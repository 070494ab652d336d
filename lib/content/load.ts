import { createHash } from "node:crypto";
import type { z } from "zod";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { type Compiled, compileMdx } from "./compile";
import { parseFrontmatter } from "./frontmatter";
import { ContentError, type Problem, zodProblems } from "./problems";
import { pageReferences } from "./references";
import { type ReviewState, reviewHash, reviewState } from "./review";
import type { DocumentFacts } from "./remark-rules";
import { loadSafety, type Safety, type SafetyLink } from "./safety";
import {
  type ArticleFrontmatter,
  articleFrontmatterSchema,
  type ComponentName,
  componentPropSchemas,
  type GlossaryFrontmatter,
  glossaryFrontmatterSchema,
  kebabId,
  type PageFrontmatter,
  pageComponents,
  pageFrontmatterSchema,
  type Reviewer,
  reviewersFileSchema,
  type SignOff,
  signOffsFileSchema,
  siteSchema,
  topics,
} from "./schema";
import { staticPaths, type UrlManifest, unresolvedUrls } from "./urls";

export interface Article {
  slug: string;
  file: string;
  frontmatter: ArticleFrontmatter;
  code: string;
  facts: DocumentFacts;
  /** sha256 of the source file. */
  sourceHash: string;
  /** The hash a medical sign-off must match (see review.ts). */
  reviewHash: string;
  /** Whether a named reviewer signed off exactly this content. */
  review: ReviewState;
  /** nextReviewDue has passed (judged by LoadOptions.today). */
  overdue: boolean;
}

export interface GlossaryEntry {
  id: string;
  file: string;
  frontmatter: GlossaryFrontmatter;
  code: string;
  facts: DocumentFacts;
  /** sha256 of the source file. */
  sourceHash: string;
  /** The hash a medical sign-off must match (see review.ts). */
  reviewHash: string;
  /** Whether a named reviewer signed off exactly this content. */
  review: ReviewState;
}

export interface SitePage {
  slug: string;
  file: string;
  frontmatter: PageFrontmatter;
  code: string;
  facts: DocumentFacts;
  sourceHash: string;
}

export interface Content {
  articles: Article[];
  glossary: GlossaryEntry[];
  pages: SitePage[];
  reviewers: Reviewer[];
  /** Red-flag groups, safety lists and their sources (content/safety/). */
  safety: Safety;
  /** Medical sign-offs recorded by `npm run review:sign` (content/sign-offs.json). */
  signOffs: SignOff[];
  /** Things an editor should act on that do not stop a build, e.g. content changed since its sign-off. */
  warnings: Problem[];
  /** How many documents were compiled, and how many came from the content-hash cache. */
  stats: { compiled: number; cached: number };
}

export interface LoadOptions {
  /** The project folder that holds content/. */
  root: string;
  /** "Today" as YYYY-MM-DD: an article whose nextReviewDue is before it is marked overdue (a warning, never an error). */
  today: string;
  /** Drafts are always checked; they are returned only when this is true. */
  includeDrafts: boolean;
  /** Where compiled output is cached by content hash; null disables the cache. */
  cacheDir: string | null;
}


const articleComponents = Object.keys(componentPropSchemas) as ComponentName[];

/** Reads, validates and compiles all content; throws ContentError listing every problem found. */
export async function loadContent(options: LoadOptions): Promise<Content> {
  const problems: Problem[] = [];
  const dir = (name: string) => join(options.root, "content", name);
  const reviewers = readJson(join(options.root, "content", "reviewers.json"), reviewersFileSchema, problems)?.reviewers ?? [];
  // The site and clinic settings are checked here too, so a bad setting fails the fast check, not just the build.
  readJson(join(options.root, "content", "site.json"), siteSchema, problems);
  const articleFiles = listMdx(dir("articles"), problems);
  const glossaryFiles = listMdx(dir("glossary"), problems);
  const glossaryIds = new Set(glossaryFiles.map((f) => basename(f, ".mdx")));
  const pageFiles = listMdx(dir("pages"), problems).filter((file) => {
    const taken = reservedPageSlugs.has(basename(file, ".mdx"));
    if (taken) problems.push({ file, field: "file name", message: `"${basename(file, ".mdx")}" is a path the site already uses: choose another name` });
    return !taken;
  });

  const { safety, links: safetyLinks, broken } = loadSafety(options.root, glossaryIds, problems);
  const sharedIds = safety.sources.map((s) => s.id);
  // A data file that failed its own check is reported once; its ids are then not checked in every article.
  const safetyIds = {
    groups: broken.groups ? null : new Map(safety.groups.map((g) => [g.id, g.action])),
    lists: broken.lists ? null : new Set(safety.lists.map((l) => l.id)),
  };
  // Compiled output depends on which ids exist (the rules check them), not on the safety text itself,
  // so editing a warning sign recompiles nothing and still changes every page that shows it.
  const idsKey = [[...glossaryIds].sort(), [...(safetyIds.groups ?? [])].map((g) => g.join(":")).sort(), [...(safetyIds.lists ?? [])].sort(), [...sharedIds].sort()]
    .map((ids) => ids.join(","))
    .join("|");
  const cache = openCache(options, idsKey);
  /** Validates and compiles every file of one kind; each file is read once. */
  const loadAll = <S extends z.ZodType, D>(
    files: string[],
    schema: S,
    components: readonly ComponentName[],
    sourceIdsOf: (frontmatter: z.infer<S>) => string[],
    make: (name: string, file: string, frontmatter: z.infer<S>, compiled: Compiled & { sourceHash: string }) => D,
  ): Promise<D[]> =>
    Promise.all(
      files.map(async (file) => {
        const source = readFileSync(file, "utf8");
        const fm = parseFrontmatter(file, source, schema);
        problems.push(...fm.problems);
        if (!fm.data) return null;
        const sourceIds = sourceIdsOf(fm.data);
        const key = cache.key(file, source, sourceIds);
        let compiled = cache.get(key);
        if (!compiled) {
          const result = await compileMdx(file, source, { components, sourceIds: new Set(sourceIds), glossaryIds, safetyIds });
          problems.push(...result.problems);
          if (!result.compiled) return null;
          compiled = result.compiled;
          cache.set(key, compiled);
        }
        return make(basename(file, ".mdx"), file, fm.data, { ...compiled, sourceHash: createHash("sha256").update(source).digest("hex") });
      }),
    ).then((docs) => docs.filter((d) => d !== null));

  const none = () => [];
  const [articles, glossary, pages] = await Promise.all([
    loadAll(articleFiles, articleFrontmatterSchema, articleComponents, (fm) => [...fm.sources.map((s) => s.id), ...sharedIds], (slug, file, frontmatter, c): Unreviewed<Article> => ({ slug, file, frontmatter, ...c })),
    loadAll(glossaryFiles, glossaryFrontmatterSchema, [], none, (id, file, frontmatter, c): Unreviewed<GlossaryEntry> => ({ id, file, frontmatter, ...c })),
    loadAll(pageFiles, pageFrontmatterSchema, pageComponents, none, (slug, file, frontmatter, c): SitePage => ({ slug, file, frontmatter, ...c })),
  ]);

  const documentIds = new Set([...articleFiles.map((f) => `articles/${basename(f, ".mdx")}`), ...[...glossaryIds].map((id) => `glossary/${id}`)]);
  const signOffs = loadSignOffs(join(options.root, "content", "sign-offs.json"), reviewers, documentIds, problems);
  const terms = new Map(glossary.map((g) => [g.id, g.frontmatter]));
  const reviewed = <D extends Unreviewed<Article> | Unreviewed<GlossaryEntry>>(doc: D, document: string) => {
    const references = "slug" in doc ? pageReferences(doc, safety) : doc.frontmatter.sources;
    const hash = reviewHash(doc, references, safety, terms);
    return { ...doc, reviewHash: hash, review: reviewState(document, hash, signOffs, reviewers) };
  };
  // An overdue review never takes the site down: the page says so, and the check warns.
  const overdue = (a: Unreviewed<Article>) => ({ ...a, overdue: a.frontmatter.nextReviewDue < options.today });
  const content = {
    articles: articles.map((a) => reviewed(overdue(a), `articles/${a.slug}`)),
    glossary: glossary.map((g) => reviewed(g, `glossary/${g.id}`)),
    pages,
    reviewers,
    safety,
    signOffs,
  };
  problems.push(...crossCheck(content, articleFiles, glossaryIds, safetyLinks));
  const manifestFile = join(options.root, "content", "published-urls.json");
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as UrlManifest;
    const published = { ...content, articles: content.articles.filter((a) => !a.frontmatter.draft) };
    problems.push(...unresolvedUrls(manifest, published).map((message) => ({ file: manifestFile, message })));
  }
  if (problems.length) throw new ContentError(problems);
  cache.save();
  const warnings = [
    ...content.articles
      .filter((a) => a.overdue)
      .map((a) => ({
        file: a.file,
        line: lineIn(a.file, "nextReviewDue"),
        field: "nextReviewDue",
        message: `review overdue since ${a.frontmatter.nextReviewDue} (today is ${options.today}): check the article against its sources, then update lastReviewed and nextReviewDue`,
      })),
    ...[...content.articles, ...content.glossary].filter((d) => d.review.status === "changed").map(changedSinceReview),
  ];
  const articlesOut = options.includeDrafts ? content.articles : content.articles.filter((a) => !a.frontmatter.draft);
  return { ...content, articles: articlesOut, warnings, stats: cache.stats };
}

/** A document as loaded, before its review state is known. */
type Unreviewed<D> = Omit<D, "review" | "reviewHash" | "overdue">;

const lineIn = (file: string, key: string) => readFileSync(file, "utf8").split("\n").findIndex((line) => line.startsWith(`${key}:`)) + 1 || undefined;

function changedSinceReview(doc: Article | GlossaryEntry): Problem {
  const { review } = doc;
  if (review.status !== "changed") throw new Error("only for changed documents");
  const target = "slug" in doc ? doc.slug : `glossary/${doc.id}`;
  return {
    file: doc.file,
    message: `changed since the last medical review (signed off by ${review.reviewer.name} on ${review.date}); once it is reviewed again: npm run review:sign -- ${review.reviewer.id} ${target}`,
  };
}

/** content/sign-offs.json: every entry names a document that exists and a reviewer who has a name. */
function loadSignOffs(file: string, reviewers: Reviewer[], documents: ReadonlySet<string>, problems: Problem[]): SignOff[] {
  if (!existsSync(file)) return [];
  const signOffs = readJson(file, signOffsFileSchema, problems)?.signOffs ?? [];
  const lines = readFileSync(file, "utf8").split("\n");
  const seen = new Set<string>();
  signOffs.forEach((s, i) => {
    const line = lines.findIndex((l) => l.includes(`"${s.document}"`)) + 1 || undefined;
    const at = (field: string, message: string) => problems.push({ file, line, field: `signOffs[${i}].${field}`, message });
    if (!documents.has(s.document)) at("document", `no such document "${s.document}": expected articles/<slug> or glossary/<id> of a file in content/`);
    if (seen.has(s.document)) at("document", `"${s.document}" is signed off twice: keep only the newest entry`);
    seen.add(s.document);
    const reviewer = reviewers.find((r) => r.id === s.reviewer);
    if (!reviewer) at("reviewer", `unknown reviewer "${s.reviewer}": expected an id from content/reviewers.json`);
    else if (!reviewer.name) at("reviewer", `"${s.reviewer}" has no name in content/reviewers.json: only a named person can sign off`);
  });
  return signOffs;
}

function readJson<S extends z.ZodType>(file: string, schema: S, problems: Problem[]): z.infer<S> | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file, message: `expected a readable JSON file: ${(error as Error).message}` });
    return null;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  // JSON has no line numbers to offer zod; find the line that holds the offending field's key.
  const lines = readFileSync(file, "utf8").split("\n");
  const lineOf = (path: readonly PropertyKey[]) => {
    const key = [...path].reverse().find((k) => typeof k === "string");
    const index = key === undefined ? -1 : lines.findIndex((line) => line.includes(`"${String(key)}"`));
    return index >= 0 ? index + 1 : undefined;
  };
  problems.push(...zodProblems(file, result.error, lineOf, json));
  return null;
}

function listMdx(folder: string, problems: Problem[]): string[] {
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder).filter((name) => !name.startsWith(".") && name !== "README.md");
  for (const name of files.filter((n) => !n.endsWith(".mdx"))) {
    problems.push({ file: join(folder, name), message: "expected only .mdx files in this folder" });
  }
  return files
    .filter((name) => name.endsWith(".mdx"))
    .filter((name) => {
      const ok = kebabId.safeParse(basename(name, ".mdx")).success;
      if (!ok) problems.push({ file: join(folder, name), field: "file name", message: "expected lower-case words joined by hyphens, e.g. side-effects.mdx" });
      return ok;
    })
    .sort()
    .map((name) => join(folder, name));
}

/** Top-level paths taken by the site's own routes, so no page file may use them. */
const reservedPageSlugs = new Set(["articles", "glossary", "topics", "share", "search", "review", "sitemap.xml", "robots.txt", "api", "_next"]);

/** Rules that need more than one file: references between files, and review dates. */
function crossCheck(content: Omit<Content, "stats" | "warnings">, articleFiles: string[], glossaryIds: Set<string>, safetyLinks: SafetyLink[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(content.articles.map((a) => [a.slug, a]));
  const allSlugs = new Set(articleFiles.map((f) => basename(f, ".mdx")));
  const reviewerIds = new Set(content.reviewers.map((r) => r.id));
  const lineOf = (file: string, key: string) => {
    const index = readFileSync(file, "utf8").split("\n").findIndex((line) => line.startsWith(`${key}:`));
    return index >= 0 ? index + 1 : undefined;
  };

  const targets: LinkTargets = { articles: bySlug, glossaryIds, pageSlugs: new Set(content.pages.map((p) => p.slug)) };
  const formerOwners = new Map<string, string>();
  for (const article of content.articles) {
    const { file, frontmatter: fm, facts } = article;
    const at = (field: string, message: string) => problems.push({ file, line: lineOf(file, field.split("[")[0]!), field, message });
    fm.related.forEach((slug, i) => {
      if (slug === article.slug) at(`related[${i}]`, "an article cannot be related to itself");
      else if (!allSlugs.has(slug)) at(`related[${i}]`, `unknown article "${slug}": expected the slug of a file in content/articles/`);
      else if (!fm.draft && bySlug.get(slug)?.frontmatter.draft) at(`related[${i}]`, `"${slug}" is a draft, so the link would break when published`);
    });
    if (!reviewerIds.has(fm.reviewer)) at("reviewer", `unknown reviewer "${fm.reviewer}": expected an id from content/reviewers.json (${[...reviewerIds].join(", ")})`);
    const sharedIds = new Set(content.safety.sources.map((s) => s.id));
    fm.sources.forEach((source, i) => {
      if (sharedIds.has(source.id)) at(`sources[${i}]`, `source "${source.id}" is also in content/safety/sources.yaml: a source lives in one place, so remove it here and cite it by id`);
      else if (!facts.cites.includes(source.id)) at(`sources[${i}]`, `source "${source.id}" is never cited: add <Cite id="${source.id}" /> after the claim it supports, or remove it`);
    });
    const references = pageReferences(article, content.safety).length;
    if (references < 2) at("sources", `expected at least 2 references on the page (its own sources plus shared sources it cites or shows), found ${references}`);
    for (const link of facts.links) {
      const message = brokenLink(link.href, { headings: facts.headings, draft: fm.draft }, targets);
      if (message) problems.push({ file, line: link.line, message });
    }
    fm.formerSlugs.forEach((slug, i) => {
      const owner = allSlugs.has(slug) ? slug : formerOwners.get(slug);
      if (owner) at(`formerSlugs[${i}]`, `"${slug}" is already the ${owner === slug ? "slug" : "former slug"} of ${owner === slug ? "an article" : `"${owner}"`}`);
      formerOwners.set(slug, article.slug);
    });
    const anchorIds = new Set(facts.headings.map((h) => h.id));
    for (const [old, current] of Object.entries(fm.formerAnchors)) {
      if (anchorIds.has(old)) at(`formerAnchors.${old}`, `"${old}" is still a section id in this article; a former id must be one that is no longer used`);
      if (!anchorIds.has(current)) at(`formerAnchors.${old}`, `"${current}" is not a section id in this article`);
    }
  }
  const formerTerms = new Map<string, string>();
  for (const doc of content.pages) {
    for (const link of doc.facts.links) {
      const message = brokenLink(link.href, { headings: doc.facts.headings, draft: false }, targets);
      if (message) problems.push({ file: doc.file, line: link.line, message });
    }
  }
  for (const link of safetyLinks) {
    // An article that failed its own checks is already reported; a link to it is not broken for that reason.
    const target = /^\/articles\/([^#]+)/.exec(link.href)?.[1];
    if (target && allSlugs.has(target) && !bySlug.has(target)) continue;
    const message = brokenLink(link.href, null, targets);
    if (message) problems.push({ file: link.file, line: link.line, field: link.field, message });
  }
  for (const entry of content.glossary) {
    entry.frontmatter.formerIds.forEach((id, i) => {
      const owner = glossaryIds.has(id) ? id : formerTerms.get(id);
      if (owner) problems.push({ file: entry.file, line: lineOf(entry.file, "formerIds"), field: `formerIds[${i}]`, message: `"${id}" is already used by the term "${owner}"` });
      formerTerms.set(id, entry.id);
    });
    entry.frontmatter.related.forEach((id, i) => {
      if (!glossaryIds.has(id) || id === entry.id) problems.push({ file: entry.file, line: lineOf(entry.file, "related"), field: `related[${i}]`, message: `unknown glossary term "${id}"` });
    });
    for (const link of entry.facts.links) {
      const message = brokenLink(link.href, { headings: entry.facts.headings, draft: false }, targets);
      if (message) problems.push({ file: entry.file, line: link.line, message });
    }
  }
  return problems;
}

/** The document a link is written in: its own sections, and whether it is published. */
interface LinkSource {
  headings: { id: string }[];
  draft: boolean;
}

/** What a link may point at: every article (drafts too, to tell them apart), glossary term and page. */
interface LinkTargets {
  articles: Map<string, Article | Unreviewed<Article>>;
  glossaryIds: ReadonlySet<string>;
  pageSlugs: ReadonlySet<string>;
}

function brokenLink(href: string, from: LinkSource | null, targets: LinkTargets): string | null {
  const [path = "", anchor] = href.split("#");
  if (path === "") {
    if (!from) return `broken link "${href}": an in-page link needs a section on the same page`;
    return anchor && from.headings.some((h) => h.id === anchor) ? null : `broken link "${href}": this page has no section with id "${anchor}"`;
  }
  if (path.startsWith("/articles/")) {
    const slug = path.slice("/articles/".length);
    const target = targets.articles.get(slug);
    if (!target) return `broken link "${href}": no article "${slug}"`;
    if (target.frontmatter.draft && !from?.draft) return `broken link "${href}": "${slug}" is a draft, so the link would break when this page is published`;
    if (anchor && !target.facts.headings.some((h) => h.id === anchor)) return `broken link "${href}": "${slug}" has no section with id "${anchor}"`;
    return null;
  }
  if (path.startsWith("/glossary/")) return targets.glossaryIds.has(path.slice("/glossary/".length)) ? null : `broken link "${href}": no glossary term with that id`;
  if (path.startsWith("/topics/")) return path.slice("/topics/".length) in topics ? null : `broken link "${href}": no topic with that id (${Object.keys(topics).join(", ")})`;
  if ((staticPaths as readonly string[]).includes(path) || targets.pageSlugs.has(path.slice(1))) return null;
  return `broken link "${href}": expected /articles/<slug>, /glossary/<id>, /topics/<id>, a page in content/pages/, or one of ${staticPaths.join(", ")}`;
}

/** The content-hash cache: unchanged sources are never compiled twice. */
function openCache(options: LoadOptions, glossaryKey: string) {
  const file = options.cacheDir && join(options.cacheDir, "compiled.json");
  let entries: Record<string, Compiled> = {};
  if (file && existsSync(/*turbopackIgnore: true*/ file)) {
    try {
      entries = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as Record<string, Compiled>;
    } catch {
      entries = {};
    }
  }
  const used: Record<string, Compiled> = {};
  const stats = { compiled: 0, cached: 0 };
  const pipeline = pipelineKey();
  return {
    stats,
    key: (path: string, source: string, sourceIds: string[]) =>
      createHash("sha256").update([pipeline, glossaryKey, path, sourceIds.join(","), source].join("\0")).digest("hex"),
    get(key: string) {
      const hit = entries[key];
      if (hit) {
        stats.cached++;
        used[key] = hit;
      }
      return hit ?? null;
    },
    set(key: string, compiled: Compiled) {
      stats.compiled++;
      used[key] = compiled;
    },
    save() {
      if (!file || stats.compiled === 0) return;
      mkdirSync(options.cacheDir!, { recursive: true });
      writeFileSync(file, JSON.stringify(used));
    },
  };
}

/**
 * Changes whenever the code that compiles content changes, so stale output is never reused. Scripts,
 * tests and Next all run from the project folder, so the code is read from there.
 */
function pipelineKey(): string {
  const hash = createHash("sha256");
  const lib = join(process.cwd(), "lib", "content");
  if (existsSync(lib)) for (const name of readdirSync(lib).sort()) hash.update(name).update(readFileSync(join(lib, name)));
  const lock = join(process.cwd(), "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest("hex");
}

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "zod";
import { type Compiled, compileMdx } from "./compile";
import { openCache } from "./compile-cache";
import { reservedSegments } from "@/lib/routes";
import { crossCheck } from "./cross-check";
import { lineIn, listMdx, readJson } from "./files";
import { parseFrontmatter } from "./frontmatter";
import { ContentError, type Problem } from "./problems";
import { pageReferences } from "./references";
import { reviewHash, reviewState } from "./review";
import { changeLogProblems, contentHash, publishProblems, readPublishRecord } from "./changes";
import { loadPackets } from "./packets";
import { loadFigures } from "./figures";
import { loadNavigation } from "./navigation";
import { loadSafety } from "./safety";
import { componentsFor } from "@/components/mdx/registry";
import { articleFrontmatterSchema, glossaryFrontmatterSchema, pageFrontmatterSchema, reviewersFileSchema, siteSchema } from "./schema";
import { changedSinceReview, loadSignOffs } from "./sign-offs";
import type { Article, Content, GlossaryEntry, LoadOptions, RuleContext, SharedData, SitePage, Unreviewed } from "./types";
import { type UrlManifest, unresolvedUrls } from "./urls";

export type { Article, Content, GlossaryEntry, LoadOptions, SitePage } from "./types";

const articleComponents = componentsFor("articles");
const pageComponents = componentsFor("pages");

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
    const taken = reservedSegments.has(basename(file, ".mdx"));
    if (taken)
      problems.push({
        file,
        field: "file name",
        message: `"${basename(file, ".mdx")}" is a path the site already uses: choose another name`,
      });
    return !taken;
  });

  const { safety: safetyData, links: safetyLinks, broken } = loadSafety(options.root, glossaryIds, problems);
  const { navigation, links: navigationLinks } = loadNavigation(options.root, problems);
  const sharedIds = safetyData.sources.map((s) => s.id);
  const { figures, broken: figuresBroken } = loadFigures(options.root, new Set(sharedIds), problems);
  const safety: SharedData = { ...safetyData, figures };
  const figureIds = figuresBroken ? null : new Set(figures.map((f) => f.id));
  // A data file that failed its own check is reported once; its ids are then not checked in every article.
  const safetyIds = {
    groups: broken.groups ? null : new Map(safety.groups.map((g) => [g.id, g.action])),
    lists: broken.lists ? null : new Set(safety.lists.map((l) => l.id)),
  };
  // Compiled output depends on which ids exist (the rules check them), not on the safety text itself,
  // so editing a warning sign recompiles nothing and still changes every page that shows it.
  const idsKey = [
    [...glossaryIds].sort(),
    [...(safetyIds.groups ?? [])].map((g) => g.join(":")).sort(),
    [...(safetyIds.lists ?? [])].sort(),
    [...sharedIds].sort(),
    [...(figureIds ?? [])].sort(),
  ]
    .map((ids) => ids.join(","))
    .join("|");
  const cache = openCache(options.cacheDir, idsKey);
  /** Validates and compiles every file of one kind; each file is read once. */
  const loadAll = <S extends z.ZodType, D>(
    kind: RuleContext["kind"],
    files: string[],
    schema: S,
    components: readonly string[],
    sourceIdsOf: (frontmatter: z.infer<S>) => string[],
    make: (name: string, file: string, frontmatter: z.infer<S>, compiled: Compiled & { sourceHash: string }, source: string) => D,
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
          const result = await compileMdx(file, source, {
            kind,
            components,
            sourceIds: new Set(sourceIds),
            glossaryIds,
            safetyIds,
            figureIds,
          });
          problems.push(...result.problems);
          if (!result.compiled) return null;
          compiled = result.compiled;
          cache.set(key, compiled);
        }
        return make(
          basename(file, ".mdx"),
          file,
          fm.data,
          { ...compiled, sourceHash: createHash("sha256").update(source).digest("hex") },
          source,
        );
      }),
    ).then((docs) => docs.filter((d) => d !== null));

  const none = () => [];
  const articleSources = new Map<string, string>();
  const [articles, glossary, pages] = await Promise.all([
    loadAll(
      "articles",
      articleFiles,
      articleFrontmatterSchema,
      articleComponents,
      (fm) => [...fm.sources.map((s) => s.id), ...sharedIds],
      (slug, file, frontmatter, c, source): Unreviewed<Article> => {
        articleSources.set(slug, source);
        return { slug, file, frontmatter, ...c };
      },
    ),
    loadAll("glossary", glossaryFiles, glossaryFrontmatterSchema, [], none, (id, file, frontmatter, c): Unreviewed<GlossaryEntry> => ({
      id,
      file,
      frontmatter,
      ...c,
    })),
    loadAll("pages", pageFiles, pageFrontmatterSchema, pageComponents, none, (slug, file, frontmatter, c): SitePage => ({
      slug,
      file,
      frontmatter,
      ...c,
    })),
  ]);

  const documentIds = new Set([
    ...articleFiles.map((f) => `articles/${basename(f, ".mdx")}`),
    ...[...glossaryIds].map((id) => `glossary/${id}`),
  ]);
  const signOffs = loadSignOffs(join(options.root, "content", "sign-offs.json"), reviewers, documentIds, problems);
  const terms = new Map(glossary.map((g) => [g.id, g.frontmatter]));
  const reviewed = <D extends Unreviewed<Article> | Unreviewed<GlossaryEntry>>(
    doc: D,
    document: string,
    references: readonly unknown[],
  ) => {
    const hash = reviewHash(doc, references, safety, terms);
    return { ...doc, reviewHash: hash, review: reviewState(document, hash, signOffs, reviewers) };
  };
  // An overdue review never takes the site down: the page says so, and the check warns.
  const article = (a: Unreviewed<Article>) => {
    const references = pageReferences(a, safety);
    const done = {
      ...a,
      overdue: a.frontmatter.nextReviewDue < options.today,
      contentHash: contentHash(a, articleSources.get(a.slug)!, references, safety, terms),
    };
    return reviewed(done, `articles/${a.slug}`, references);
  };
  const content = {
    articles: articles.map(article),
    glossary: glossary.map((g) => reviewed(g, `glossary/${g.id}`, g.frontmatter.sources)),
    pages,
    reviewers,
    shared: safety,
    navigation,
    signOffs,
    packets: loadPackets(options.root, articles, problems, new Set(articleFiles.map((f) => basename(f, ".mdx")))),
  };
  for (const a of content.articles) problems.push(...changeLogProblems(a, options.today));
  const published = content.articles.filter((a) => !a.frontmatter.draft);
  const record = readPublishRecord(join(options.root, "content", "published-content.json"), problems);
  const publishing = record ? publishProblems(record, published) : { errors: [], warnings: [] };
  problems.push(...publishing.errors);
  problems.push(...crossCheck(content, articleFiles, glossaryIds, [...safetyLinks, ...navigationLinks]));
  const manifestFile = join(options.root, "content", "published-urls.json");
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as UrlManifest;
    problems.push(...unresolvedUrls(manifest, { ...content, articles: published }).map((message) => ({ file: manifestFile, message })));
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
    ...publishing.warnings,
  ];
  const articlesOut = options.includeDrafts ? content.articles : content.articles.filter((a) => !a.frontmatter.draft);
  return { ...content, articles: articlesOut, warnings, stats: cache.stats };
}

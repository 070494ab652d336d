import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "zod";
import { compileMdx } from "./compile";
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
import {
  articleFrontmatterSchema,
  glossaryFrontmatterSchema,
  pageFrontmatterSchema,
  reviewersFileSchema,
  siteSchema,
  topics,
  translatedLangs,
} from "./schema";
import { changedSinceReview, loadSignOffs } from "./sign-offs";
import type { Article, Content, Edition, GlossaryEntry, LoadOptions, RuleContext, SharedData, SitePage, Unreviewed } from "./types";
import { type UrlManifest, unresolvedUrls } from "./urls";
import { type CompiledDoc, type DocumentLoader, loadTranslation, type TranslatedDocuments } from "./translation";
import type { Lang } from "@/lib/i18n/lang";

export type { Article, Content, GlossaryEntry, LoadOptions, SitePage } from "./types";

const kindComponents: Record<RuleContext["kind"], readonly string[]> = {
  articles: componentsFor("articles"),
  pages: componentsFor("pages"),
  glossary: [],
};

/** Reads, validates and compiles all content; throws ContentError listing every problem found. */
export async function loadContent(options: LoadOptions): Promise<Content> {
  const problems: Problem[] = [];
  const dir = (name: string) => join(options.root, "content", name);
  const reviewers = readJson(join(options.root, "content", "reviewers.json"), reviewersFileSchema, problems)?.reviewers ?? [];
  // The site and clinic settings are checked here too, so a bad setting fails the fast check, not just the build.
  const site = readJson(join(options.root, "content", "site.json"), siteSchema, problems);
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
  /** Validates and compiles every file of one kind; each file is read once. Both languages load through it. */
  const loadAll = <S extends z.ZodType, D>(
    kind: RuleContext["kind"],
    files: string[],
    schema: S,
    sourceIdsOf: (frontmatter: z.infer<S>) => string[],
    make: (name: string, file: string, frontmatter: z.infer<S>, compiled: CompiledDoc, source: string) => D,
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
            components: kindComponents[kind],
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
  /** Articles cite their own sources and the shared ones; other documents cite none by id. */
  const citable = (kind: RuleContext["kind"], fm: { sources?: { id?: string }[] }) =>
    kind === "articles" ? [...(fm.sources ?? []).map((s) => s.id!), ...sharedIds] : [];
  const loader: DocumentLoader = (kind, files, schema, make) =>
    loadAll(kind, files, schema, (fm) => citable(kind, fm as { sources?: { id?: string }[] }), make);

  const articleSources = new Map<string, string>();
  const [articles, glossary, pages] = await Promise.all([
    loader("articles", articleFiles, articleFrontmatterSchema, (slug, file, frontmatter, c, source): Unreviewed<Article> => {
      articleSources.set(slug, source);
      return { slug, file, frontmatter, ...c };
    }),
    loader("glossary", glossaryFiles, glossaryFrontmatterSchema, (id, file, frontmatter, c): Unreviewed<GlossaryEntry> => ({
      id,
      file,
      frontmatter,
      ...c,
    })),
    loader("pages", pageFiles, pageFrontmatterSchema, (slug, file, frontmatter, c): SitePage => ({
      slug,
      file,
      frontmatter,
      ...c,
    })),
  ]);

  const articleSlugs = new Set(articleFiles.map((f) => basename(f, ".mdx")));
  const packets = loadPackets(options.root, articles, problems, articleSlugs);

  // Each translated edition whose folder exists (content/es/): its own documents, checked against the English.
  const translations: TranslatedDocuments[] = [];
  for (const lang of translatedLangs) {
    if (!existsSync(join(options.root, "content", lang))) {
      problems.push({
        file: join(options.root, "content", lang),
        message: `expected this folder: the ${lang} edition of the site (see content/README.md, "Translations")`,
      });
      continue;
    }
    translations.push(
      await loadTranslation(
        options.root,
        lang,
        {
          articles,
          glossary,
          pages,
          shared: safety,
          packets,
          site,
          names: { articles: articleSlugs, glossary: glossaryIds, pages: new Set(pageFiles.map((f) => basename(f, ".mdx"))) },
        },
        loader,
        problems,
      ),
    );
  }

  const documentIds = new Set([
    ...articleFiles.map((f) => `articles/${basename(f, ".mdx")}`),
    ...[...glossaryIds].map((id) => `glossary/${id}`),
    ...translations.flatMap((t) => [
      ...t.articles.map((a) => `${t.lang}/articles/${a.slug}`),
      ...t.glossary.map((g) => `${t.lang}/glossary/${g.id}`),
    ]),
  ]);
  const signOffs = loadSignOffs(join(options.root, "content", "sign-offs.json"), reviewers, documentIds, problems);

  /** Review state, content hash and overdue flag, worked out on the data each language's pages show. */
  const finish = (prefix: string, shared: SharedData, glossaryDocs: Unreviewed<GlossaryEntry>[], sources: Map<string, string>) => {
    const terms = new Map(glossaryDocs.map((g) => [g.id, g.frontmatter]));
    const reviewed = <D extends Unreviewed<Article> | Unreviewed<GlossaryEntry>>(
      doc: D,
      document: string,
      references: readonly unknown[],
    ) => {
      const hash = reviewHash(doc, references, shared, terms);
      return { ...doc, reviewHash: hash, review: reviewState(`${prefix}${document}`, hash, signOffs, reviewers) };
    };
    // An overdue review never takes the site down: the page says so, and the check warns.
    const article = (a: Unreviewed<Article>): Article => {
      const references = pageReferences(a, shared);
      const done = {
        ...a,
        overdue: a.frontmatter.nextReviewDue < options.today,
        contentHash: contentHash(a, sources.get(a.slug)!, references, shared, terms),
      };
      return reviewed(done, `articles/${a.slug}`, references);
    };
    const glossaryEntry = (g: Unreviewed<GlossaryEntry>): GlossaryEntry => reviewed(g, `glossary/${g.id}`, g.frontmatter.sources);
    return { article, glossaryEntry };
  };
  const en = finish("", safety, glossary, articleSources);
  const content = {
    articles: articles.map(en.article),
    glossary: glossary.map(en.glossaryEntry),
    pages,
    reviewers,
    shared: safety,
    navigation,
    signOffs,
    packets,
  };
  const translated = translations.map((t) => {
    const done = finish(`${t.lang}/`, t.shared, t.glossary, t.sources);
    return { ...t, articles: t.articles.map(done.article), glossary: t.glossary.map(done.glossaryEntry) };
  });
  for (const a of [...content.articles, ...translated.flatMap((t) => t.articles)]) problems.push(...changeLogProblems(a, options.today));
  const published = content.articles.filter((a) => !a.frontmatter.draft);
  const record = readPublishRecord(join(options.root, "content", "published-content.json"), problems);
  const publishing = [
    record ? publishProblems(record, published) : { errors: [], warnings: [] },
    ...translated.map((t) => (record ? publishProblems(record, t.articles, `${t.lang}/`) : { errors: [], warnings: [] })),
  ];
  problems.push(...publishing.flatMap((p) => p.errors));
  problems.push(...crossCheck(content, articleFiles, glossaryIds, [...safetyLinks, ...navigationLinks]));
  const editions = editionsOf(content, published, translated);
  const manifestFile = join(options.root, "content", "published-urls.json");
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as UrlManifest;
    problems.push(...unresolvedUrls(manifest, editions).map((message) => ({ file: manifestFile, message })));
  }
  if (problems.length) throw new ContentError(problems);
  cache.save();
  const allArticles = [...content.articles, ...translated.flatMap((t) => t.articles)];
  const warnings = [
    ...allArticles
      .filter((a) => a.overdue)
      .map((a) => ({
        file: a.file,
        line: lineIn(a.file, "nextReviewDue"),
        field: "nextReviewDue",
        message: `review overdue since ${a.frontmatter.nextReviewDue} (today is ${options.today}): check the article against its sources, then update lastReviewed and nextReviewDue`,
      })),
    ...[...allArticles, ...content.glossary, ...translated.flatMap((t) => t.glossary)]
      .filter((d) => d.review.status === "changed")
      .map(changedSinceReview),
    ...publishing.flatMap((p) => p.warnings),
    ...translated.flatMap((t) => t.warnings),
  ];
  const articlesOut = options.includeDrafts ? content.articles : published;
  const english = { ...content, articles: articlesOut };
  return { ...english, warnings, stats: cache.stats, editions: { ...editions, en: { ...editions.en, articles: articlesOut } } };
}

/** Every language's edition: English from the content itself, each translation from its folder. */
function editionsOf(
  content: Pick<Content, "articles" | "glossary" | "pages" | "shared" | "navigation" | "packets">,
  published: Article[],
  translated: (Omit<TranslatedDocuments, "articles" | "glossary"> & { articles: Article[]; glossary: GlossaryEntry[] })[],
): Record<Lang, Edition> {
  const none = { articles: [], pages: [] };
  const editions: Partial<Record<Lang, Edition>> = {
    en: { lang: "en", ...content, articles: published, topics, siteText: null, gaps: none, behind: new Map() },
  };
  for (const t of translated) {
    editions[t.lang] = {
      lang: t.lang,
      articles: t.articles,
      glossary: t.glossary,
      pages: t.pages,
      shared: t.shared,
      navigation: t.navigation,
      packets: t.packets,
      topics: t.topics,
      siteText: t.siteText,
      // A gap for an English draft is no page yet: nothing is published at its address.
      gaps: { articles: t.gaps.articles.filter((g) => published.some((a) => a.slug === g.slug)), pages: t.gaps.pages },
      behind: t.behind,
    };
  }
  return editions as Record<Lang, Edition>;
}

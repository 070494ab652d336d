// A translated edition (content/<lang>/): its documents, each its own file named like its English one and
// checked against it (same sections, uses, safety boxes, figures, sources and related pages), and the
// words of the shared data, entry by entry. A document without a translation fails the check unless
// content/<lang>/gaps.yaml lists it; a glossary term or a data entry without one always fails. The
// translation keeps its own review state: nothing of the English sign-off carries over.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "zod";
import { type Lang, splitLang } from "@/lib/i18n/lang";
import { lastChanged } from "./changes";
import { brokenLink, type LinkTargets } from "./cross-check";
import { lineIn, listMdx } from "./files";
import { loadNavigation, type NavigationLink } from "./navigation";
import type { Problem } from "./problems";
import {
  type Figure,
  figureTextSchema,
  type Gaps,
  gapsSchema,
  type Navigation,
  type Packet,
  packetsTextSchema,
  redFlagsTextSchema,
  safetyListsTextSchema,
  type Site,
  type SiteText,
  siteTextSchema,
  sourceVersionsSchema,
  type Topic,
  topics as englishTopics,
  topicsTextSchema,
  translatedArticleSchema,
  translatedGlossarySchema,
  type TranslatedLang,
  translatedPageSchema,
} from "./schema";
import { glossaryMark } from "./safety";
import type { Article, DocumentFacts, GlossaryEntry, SharedData, SitePage, TopicText, Unreviewed } from "./types";
import { parseYaml } from "./yaml-file";

/** Validates and compiles every file of one kind (load.ts's loader, shared so both languages are compiled alike). */
export type DocumentLoader = <S extends z.ZodType, D>(
  kind: "articles" | "glossary" | "pages",
  files: string[],
  schema: S,
  make: (name: string, file: string, frontmatter: z.infer<S>, compiled: CompiledDoc, source: string) => D,
) => Promise<D[]>;
export interface CompiledDoc {
  code: string;
  facts: DocumentFacts;
  sourceHash: string;
}

export interface EnglishEdition {
  articles: Unreviewed<Article>[];
  glossary: Unreviewed<GlossaryEntry>[];
  pages: SitePage[];
  shared: SharedData;
  packets: Packet[];
  site: Site | null;
  /** Every English file's name by kind, also of files that failed their own check (already reported there). */
  names: Record<"articles" | "glossary" | "pages", ReadonlySet<string>>;
}

export interface TranslatedDocuments {
  lang: TranslatedLang;
  articles: Unreviewed<Article>[];
  glossary: Unreviewed<GlossaryEntry>[];
  pages: SitePage[];
  /** Each article's source text, for its content hash. */
  sources: Map<string, string>;
  shared: SharedData;
  navigation: Navigation;
  packets: Packet[];
  topics: Record<Topic, TopicText>;
  siteText: SiteText | null;
  gaps: Gaps;
  /** Problems an editor should see that do not stop a build (a translation behind its English). */
  warnings: Problem[];
  /** Path → the day the English changed after its translation was made (Edition.behind). */
  behind: Map<string, string>;
}

/** Reads content/<lang>/; every problem names the file, line and field, and what was expected. */
export async function loadTranslation(
  root: string,
  lang: TranslatedLang,
  english: EnglishEdition,
  load: DocumentLoader,
  problems: Problem[],
): Promise<TranslatedDocuments> {
  const base = join(root, "content", lang);
  const warnings: Problem[] = [];
  const behind = new Map<string, string>();
  // A data file is needed where the English has what it words (a small site may have no safety data, say).
  const readYaml = <S extends z.ZodType>(name: string, schema: S, required: boolean) => {
    const file = join(base, name);
    if (!existsSync(file)) {
      if (required) problems.push({ file, message: `expected this file: the ${lang} words of content/${name.replace(/\.yaml$/, "")}` });
      return null;
    }
    const result = parseYaml(file, readFileSync(file, "utf8"), schema);
    if (!result.ok) {
      problems.push(...result.problems);
      return null;
    }
    return { file, data: result.data as z.infer<S>, lineOf: result.lineOf };
  };

  const gaps = readYaml("gaps.yaml", gapsSchema, false)?.data ?? { articles: [], pages: [] };
  const gapsFile = join(base, "gaps.yaml");

  // Which English documents each Spanish file translates: the same file name. Every published English
  // document needs its translation (or, for articles and pages, a listed gap); a draft needs neither.
  const pair = <E extends { file: string; frontmatter: object }>(
    kind: "articles" | "glossary" | "pages",
    englishDocs: Map<string, E>,
    gapList: { slug: string }[] | null,
  ) => {
    const broken = (name: string) => english.names[kind].has(name) && !englishDocs.has(name);
    const files = listMdx(join(base, kind), problems).filter((file) => {
      const name = basename(file, ".mdx");
      if (englishDocs.has(name)) return true;
      if (broken(name)) return false;
      problems.push({
        file,
        field: "file name",
        message: `no English content/${kind}/${name}.mdx to translate: a translation has its English file's name`,
      });
      return false;
    });
    const have = new Set(files.map((f) => basename(f, ".mdx")));
    for (const [name, doc] of englishDocs) {
      if (have.has(name) || gapList?.some((g) => g.slug === name) || (doc.frontmatter as { draft?: boolean }).draft) continue;
      problems.push({
        file: join(base, kind, `${name}.mdx`),
        message:
          gapList === null
            ? `missing translation of ${doc.file.slice(doc.file.indexOf("content/"))}: every glossary term needs one`
            : `missing translation of ${doc.file.slice(doc.file.indexOf("content/"))}: write it, or list "${name}" under ${kind} in content/${lang}/gaps.yaml with a reason`,
      });
    }
    gapList?.forEach((gap, i) => {
      if (broken(gap.slug)) return;
      if (!englishDocs.has(gap.slug))
        problems.push({
          file: gapsFile,
          line: lineIn(gapsFile, kind),
          field: `${kind}[${i}].slug`,
          message: `no English ${kind.slice(0, -1)} "${gap.slug}"`,
        });
      else if (have.has(gap.slug))
        problems.push({
          file: gapsFile,
          line: lineIn(gapsFile, kind),
          field: `${kind}[${i}].slug`,
          message: `"${gap.slug}" is translated (content/${lang}/${kind}/${gap.slug}.mdx): remove it from the gaps`,
        });
    });
    return files;
  };
  const enArticles = new Map(english.articles.map((a) => [a.slug, a]));
  const enGlossary = new Map(english.glossary.map((g) => [g.id, g]));
  const enPages = new Map(english.pages.map((p) => [p.slug, p]));
  const articleFiles = pair("articles", enArticles, gaps.articles);
  const glossaryFiles = pair("glossary", enGlossary, null);
  const pageFiles = pair("pages", enPages, gaps.pages);

  const sources = new Map<string, string>();
  const [articles, glossary, pages] = await Promise.all([
    load("articles", articleFiles, translatedArticleSchema, (slug, file, frontmatter, c, source): Unreviewed<Article> => {
      sources.set(slug, source);
      // Old addresses of the English article answer for its translation too; a draft in English is a draft here.
      const en = enArticles.get(slug)!;
      return {
        slug,
        file,
        frontmatter: {
          ...frontmatter,
          draft: frontmatter.draft || en.frontmatter.draft,
          formerSlugs: en.frontmatter.formerSlugs,
          formerAnchors: en.frontmatter.formerAnchors,
        },
        ...c,
      };
    }),
    load("glossary", glossaryFiles, translatedGlossarySchema, (id, file, frontmatter, c): Unreviewed<GlossaryEntry> => ({
      id,
      file,
      frontmatter: { ...frontmatter, formerIds: enGlossary.get(id)!.frontmatter.formerIds },
      ...c,
    })),
    load("pages", pageFiles, translatedPageSchema, (slug, file, frontmatter, c): SitePage => ({ slug, file, frontmatter, ...c })),
  ]);

  // The same document in another language: the same sections (the language switch lands on the same id),
  // the same claims of evidence, the same safety boxes and figures, sources and related pages.
  const same = (file: string, field: string, what: string, en: readonly unknown[], es: readonly unknown[]) => {
    const a = en.map((x) => JSON.stringify(x));
    const b = es.map((x) => JSON.stringify(x));
    if (a.join("\n") === b.join("\n")) return;
    const missing = a.filter((x) => !b.includes(x));
    const extra = b.filter((x) => !a.includes(x));
    const detail = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      extra.length ? `not in the English ${extra.join(", ")}` : "",
      !missing.length && !extra.length ? "in another order" : "",
    ]
      .filter(Boolean)
      .join("; ");
    problems.push({ file, line: lineIn(file, field), field, message: `expected the same ${what} as the English, ${detail}` });
  };
  const sameFacts = (file: string, en: DocumentFacts, es: DocumentFacts) => {
    same(
      file,
      "body",
      "section ids (in order)",
      en.headings.map((h) => h.id),
      es.headings.map((h) => h.id),
    );
    same(
      file,
      "body",
      "<Use> ids, evidence and settings",
      en.uses.map(({ id, evidence, where }) => ({ id, evidence, where })),
      es.uses.map(({ id, evidence, where }) => ({ id, evidence, where })),
    );
    same(
      file,
      "body",
      "safety boxes",
      en.safety.map((s) => `<${s.component} ${s.id}>`),
      es.safety.map((s) => `<${s.component} ${s.id}>`),
    );
    same(file, "body", "figures", en.figures, es.figures);
  };
  for (const a of articles) {
    const en = enArticles.get(a.slug)!;
    const fm = a.frontmatter as Article["frontmatter"] & { basedOn: string };
    sameFacts(a.file, en.facts, a.facts);
    for (const field of ["topic", "order", "reviewer"] as const)
      if (fm[field] !== en.frontmatter[field])
        problems.push({
          file: a.file,
          line: lineIn(a.file, field),
          field,
          message: `expected ${JSON.stringify(en.frontmatter[field])}, as in the English`,
        });
    same(a.file, "related", "related articles", en.frontmatter.related, fm.related);
    same(a.file, "sources", "source ids", [...en.frontmatter.sources.map((s) => s.id)].sort(), [...fm.sources.map((s) => s.id)].sort());
    const englishDate = lastChanged(en.frontmatter);
    if (fm.basedOn > englishDate)
      problems.push({
        file: a.file,
        line: lineIn(a.file, "basedOn"),
        field: "basedOn",
        message: `expected the date of the English article's newest change (${englishDate}) or earlier`,
      });
    else if (fm.basedOn < englishDate) {
      behind.set(`/articles/${a.slug}`, englishDate);
      warnings.push({
        file: a.file,
        line: lineIn(a.file, "basedOn"),
        field: "basedOn",
        message: `the English changed on ${englishDate}, after this translation (${fm.basedOn}): translate the change, add a change entry and set basedOn to ${englishDate}`,
      });
    }
  }
  for (const p of pages) {
    const en = enPages.get(p.slug)!;
    const fm = p.frontmatter as SitePage["frontmatter"] & { basedOn: string };
    same(
      p.file,
      "body",
      "section ids (in order)",
      en.facts.headings.map((h) => h.id),
      p.facts.headings.map((h) => h.id),
    );
    if (fm.basedOn > en.frontmatter.lastUpdated)
      problems.push({
        file: p.file,
        line: lineIn(p.file, "basedOn"),
        field: "basedOn",
        message: `expected the English page's lastUpdated (${en.frontmatter.lastUpdated}) or earlier`,
      });
    else if (fm.basedOn < en.frontmatter.lastUpdated) {
      behind.set(`/${p.slug}`, en.frontmatter.lastUpdated);
      warnings.push({
        file: p.file,
        line: lineIn(p.file, "basedOn"),
        field: "basedOn",
        message: `the English changed on ${en.frontmatter.lastUpdated}, after this translation (${fm.basedOn})`,
      });
    }
  }
  for (const g of glossary) {
    const en = enGlossary.get(g.id)!;
    same(g.file, "related", "related terms", en.frontmatter.related, g.frontmatter.related);
  }

  const glossaryIds = new Set(enGlossary.keys());
  const shared = translateShared(lang, base, english.shared, glossaryIds, readYaml, problems);
  const nav = loadNavigation(root, problems, join(base, "navigation.yaml"));
  if (!existsSync(join(base, "navigation.yaml")) && existsSync(join(root, "content", "navigation.yaml")))
    problems.push({
      file: join(base, "navigation.yaml"),
      message: `expected this file: the ${lang} words and links of content/navigation.yaml`,
    });

  // Links in a translation go to pages in its own language; an untranslated page (a gap) is a page too.
  const gapArticles = gaps.articles
    .map((g) => enArticles.get(g.slug))
    .filter((a): a is Unreviewed<Article> => a !== undefined && !a.frontmatter.draft);
  const targets: LinkTargets = {
    articles: new Map<string, Unreviewed<Article>>([
      ...gapArticles.map((a): [string, Unreviewed<Article>] => [a.slug, { ...a, facts: { ...a.facts, headings: [] } }]),
      ...articles.map((a): [string, Unreviewed<Article>] => [a.slug, a]),
    ]),
    glossaryIds,
    pageSlugs: new Set([...pages.map((p) => p.slug), ...gaps.pages.map((g) => g.slug)]),
  };
  const checkLinks = (file: string, links: { href: string; line?: number; field?: string }[], headings: { id: string }[] | null) => {
    for (const link of links) {
      if (link.href.startsWith("#")) {
        const message = brokenLink(link.href, headings && { headings, draft: false }, targets);
        if (message) problems.push({ file, line: link.line, field: link.field, message });
        continue;
      }
      // The edition's home is /es: "/es/" is no page on a host that does not add .html to it (nginx).
      if (link.href === `/${lang}/` || link.href.startsWith(`/${lang}/#`)) {
        problems.push({
          file,
          line: link.line,
          field: link.field,
          message: `"${link.href}": write /${lang}${link.href.slice(lang.length + 2)} (the home page has no trailing slash)`,
        });
        continue;
      }
      const { lang: linkLang, path } = splitLang(link.href);
      if (linkLang !== (lang as Lang)) {
        problems.push({
          file,
          line: link.line,
          field: link.field,
          message: `"${link.href}" is an English page: link to /${lang}${link.href === "/" ? "" : link.href} instead`,
        });
        continue;
      }
      const message = brokenLink(path, headings && { headings, draft: false }, targets);
      if (message)
        problems.push({
          file,
          line: link.line,
          field: link.field,
          message: message.replace(/^broken link "[^"]*"/, `broken link "${link.href}"`),
        });
    }
  };
  for (const doc of [...articles, ...pages, ...glossary]) checkLinks(doc.file, doc.facts.links, doc.facts.headings);
  for (const link of nav.links as NavigationLink[]) checkLinks(link.file, [link], null);

  const packetsText = readYaml("packets.yaml", packetsTextSchema, true);
  const packets = english.packets.map((packet) => {
    const text = packetsText?.data.packets.find((p) => p.id === packet.id);
    if (packetsText && !text) problems.push({ file: packetsText.file, field: "packets", message: `missing packet "${packet.id}"` });
    return { ...packet, title: text?.title ?? packet.title, description: text?.description ?? packet.description };
  });
  packetsText?.data.packets.forEach((p, i) => {
    if (!english.packets.some((e) => e.id === p.id))
      problems.push({
        file: packetsText.file,
        line: packetsText.lineOf(["packets", i, "id"]),
        field: `packets[${i}].id`,
        message: `no packet "${p.id}" in content/packets.yaml`,
      });
  });

  const topicsText = readYaml("topics.yaml", topicsTextSchema, true);
  const topics = Object.fromEntries(
    (Object.keys(englishTopics) as Topic[]).map((id) => {
      const text = topicsText?.data.topics.find((t) => t.id === id);
      if (topicsText && !text) problems.push({ file: topicsText.file, field: "topics", message: `missing topic "${id}"` });
      return [id, text ? { label: text.label, description: text.description } : englishTopics[id]];
    }),
  ) as Record<Topic, TopicText>;

  const siteText = readYaml("site.yaml", siteTextSchema, true);
  if (siteText && english.site) {
    const ids = english.site.clinic.services.map((s) => s.id);
    same(
      siteText.file,
      "services",
      "service ids",
      ids,
      siteText.data.services.map((s) => s.id),
    );
  }

  return {
    lang,
    articles,
    glossary,
    pages,
    sources,
    shared,
    navigation: nav.navigation,
    packets,
    topics,
    siteText: siteText?.data ?? null,
    gaps,
    warnings,
    behind,
  };
}

type ReadYaml = <S extends z.ZodType>(
  name: string,
  schema: S,
  required: boolean,
) => { file: string; data: z.infer<S>; lineOf: (path: readonly PropertyKey[]) => number | undefined } | null;

/** The shared data with each entry's words in the translation's language; ids, sources and numbers stay the English ones. */
function translateShared(
  lang: TranslatedLang,
  base: string,
  en: SharedData,
  glossaryIds: ReadonlySet<string>,
  readYaml: ReadYaml,
  problems: Problem[],
): SharedData {
  const marks = (file: string, line: number | undefined, field: string, text: string | undefined) => {
    for (const [, , id] of (text ?? "").matchAll(glossaryMark))
      if (!glossaryIds.has(id!)) problems.push({ file, line, field, message: `unknown glossary term "${id}"` });
  };
  /** One text field that must be there exactly when the English has it. */
  const field = (file: string, line: number | undefined, path: string, english: string | undefined, text: string | undefined) => {
    if (english !== undefined && text === undefined)
      problems.push({ file, line, field: path, message: "missing: the English has this field" });
    if (english === undefined && text !== undefined) problems.push({ file, line, field: path, message: "the English has no such field" });
    marks(file, line, path, text);
    return english === undefined ? undefined : (text ?? english);
  };

  const flags = readYaml("safety/red-flags.yaml", redFlagsTextSchema, en.groups.length > 0);
  const groups = en.groups.map((group) => {
    if (!flags) return group;
    const i = flags.data.groups.findIndex((g) => g.id === group.id);
    const text = flags.data.groups[i];
    if (!text) {
      problems.push({ file: flags.file, field: "groups", message: `missing group "${group.id}"` });
      return group;
    }
    const at = (...path: (string | number)[]) => flags.lineOf(["groups", i, ...path]);
    if (text.items.length !== group.items.length)
      problems.push({
        file: flags.file,
        line: at("items"),
        field: `groups[${i}].items`,
        message: `expected ${group.items.length} items, as in the English, found ${text.items.length}`,
      });
    text.items.forEach((t, j) => marks(flags.file, at("items", j), `groups[${i}].items[${j}]`, t));
    return {
      ...group,
      title: text.title,
      summary: field(flags.file, at("summary"), `groups[${i}].summary`, group.summary, text.summary)!,
      lead: field(flags.file, at("id"), `groups[${i}].lead`, group.lead, text.lead),
      note: field(flags.file, at("id"), `groups[${i}].note`, group.note, text.note),
      items: group.items.map((item, j) => ({ ...item, text: text.items[j] ?? item.text })),
    };
  });
  flags?.data.groups.forEach((g, i) => {
    if (!en.groups.some((e) => e.id === g.id))
      problems.push({
        file: flags.file,
        line: flags.lineOf(["groups", i, "id"]),
        field: `groups[${i}].id`,
        message: `no group "${g.id}" in content/safety/red-flags.yaml`,
      });
  });

  const listsText = readYaml("safety/lists.yaml", safetyListsTextSchema, en.lists.length > 0);
  const lists = en.lists.map((list) => {
    if (!listsText) return list;
    const i = listsText.data.lists.findIndex((l) => l.id === list.id);
    const text = listsText.data.lists[i];
    if (!text) {
      problems.push({ file: listsText.file, field: "lists", message: `missing list "${list.id}"` });
      return list;
    }
    const at = (...path: (string | number)[]) => listsText.lineOf(["lists", i, ...path]);
    const items = list.items.map((item) => {
      const j = text.items.findIndex((t) => t.id === item.id);
      const t = text.items[j];
      if (!t) {
        problems.push({ file: listsText.file, line: at("items"), field: `lists[${i}].items`, message: `missing item "${item.id}"` });
        return item;
      }
      marks(listsText.file, at("items", j, "text"), `lists[${i}].items[${j}].text`, t.text);
      return {
        ...item,
        text: t.text,
        medicine: field(listsText.file, at("items", j, "id"), `lists[${i}].items[${j}].medicine`, item.medicine, t.medicine),
      };
    });
    text.items.forEach((t, j) => {
      if (!list.items.some((item) => item.id === t.id))
        problems.push({
          file: listsText.file,
          line: at("items", j, "id"),
          field: `lists[${i}].items[${j}].id`,
          message: `no item "${t.id}" in the English list`,
        });
    });
    return { ...list, title: text.title, lead: field(listsText.file, at("id"), `lists[${i}].lead`, list.lead, text.lead), items };
  });

  const figures = en.figures.map((figure): Figure => {
    const name = `figures/${figure.id}.yaml`;
    const text = readYaml(name, figureTextSchema, true);
    if (!text) return figure;
    const t = text.data;
    const count = (key: string, english: unknown[] | undefined, translated: unknown[] | undefined) => {
      if ((english?.length ?? 0) !== (translated?.length ?? 0))
        problems.push({
          file: text.file,
          line: text.lineOf([key]),
          field: key,
          message: `expected ${english?.length ?? 0} entries, as in the English, found ${translated?.length ?? 0}`,
        });
    };
    if (figure.kind === "bars") {
      count("series", figure.series, t.series);
      count("rows", figure.rows, t.rows);
      if (figure.reference && !t.reference)
        problems.push({ file: text.file, field: "reference", message: "missing: the English has a reference line" });
      return {
        ...figure,
        title: t.title,
        caption: t.caption,
        series: figure.series.map((s) => ({ ...s, label: t.series?.find((x) => x.id === s.id)?.label ?? s.label })),
        rows: figure.rows.map((r, i) => ({ ...r, label: t.rows?.[i]?.label ?? r.label })),
        reference: figure.reference && { ...figure.reference, label: t.reference?.label ?? figure.reference.label },
      };
    }
    if (figure.kind === "timeline") {
      count("steps", figure.steps, t.steps);
      return {
        ...figure,
        title: t.title,
        caption: t.caption,
        steps: figure.steps.map((s, i) => ({
          ...s,
          label: t.steps?.[i]?.label ?? s.label,
          detail: s.detail && (t.steps?.[i]?.detail ?? s.detail),
        })),
      };
    }
    count("parts", figure.parts, t.parts);
    return {
      ...figure,
      title: t.title,
      caption: t.caption,
      parts: figure.parts.map((p, i) => ({ ...p, label: t.parts?.[i]?.label ?? p.label })),
    };
  });
  const figureDir = join(base, "figures");
  if (existsSync(figureDir))
    for (const name of readdirSync(figureDir))
      if (!en.figures.some((f) => `${f.id}.yaml` === name))
        problems.push({ file: join(figureDir, name), field: "file name", message: `no English content/figures/${name} to translate` });

  return { sources: translateSources(lang, en.sources, readYaml, problems), groups, lists, figures };
}

/** The shared sources, with this language's version of each one its publisher has (content/<lang>/sources.yaml). */
function translateSources(lang: TranslatedLang, en: SharedData["sources"], readYaml: ReadYaml, problems: Problem[]): SharedData["sources"] {
  const versions = readYaml("sources.yaml", sourceVersionsSchema, false);
  if (!versions) return en;
  const byId = new Map<string, { title: string; url: string }>();
  versions.data.sources.forEach((v, i) => {
    const at = { file: versions.file, line: versions.lineOf(["sources", i, "id"]), field: `sources[${i}].id` };
    if (!en.some((s) => s.id === v.id)) problems.push({ ...at, message: `no source "${v.id}" in content/sources.yaml` });
    else if (byId.has(v.id)) problems.push({ ...at, message: `source "${v.id}" is listed twice` });
    byId.set(v.id, v);
  });
  return en.map((s) => {
    const version = byId.get(s.id);
    return version ? { ...s, title: version.title, url: version.url, language: lang } : s;
  });
}

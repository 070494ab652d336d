import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Problem } from "./problems";
import { pageReferences } from "./references";
import type { SafetyLink } from "./safety";
import { topics } from "./schema";
import type { Article, Content, Unreviewed } from "./types";
import { staticPaths } from "@/lib/routes";

/** Rules that need more than one file: references between files, and review dates. */
export function crossCheck(
  content: Omit<Content, "stats" | "warnings" | "editions">,
  articleFiles: string[],
  glossaryIds: Set<string>,
  safetyLinks: SafetyLink[],
): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(content.articles.map((a) => [a.slug, a]));
  const allSlugs = new Set(articleFiles.map((f) => basename(f, ".mdx")));
  const reviewerIds = new Set(content.reviewers.map((r) => r.id));
  const lineOf = (file: string, key: string) => {
    const index = readFileSync(file, "utf8")
      .split("\n")
      .findIndex((line) => line.startsWith(`${key}:`));
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
      else if (!fm.draft && bySlug.get(slug)?.frontmatter.draft)
        at(`related[${i}]`, `"${slug}" is a draft, so the link would break when published`);
    });
    if (!reviewerIds.has(fm.reviewer))
      at("reviewer", `unknown reviewer "${fm.reviewer}": expected an id from content/reviewers.json (${[...reviewerIds].join(", ")})`);
    const sharedIds = new Set(content.shared.sources.map((s) => s.id));
    fm.sources.forEach((source, i) => {
      if (sharedIds.has(source.id))
        at(
          `sources[${i}]`,
          `source "${source.id}" is also in content/sources.yaml: a source lives in one place, so remove it here and cite it by id`,
        );
      else if (!facts.cites.includes(source.id))
        at(
          `sources[${i}]`,
          `source "${source.id}" is never cited: add <Cite id="${source.id}" /> after the claim it supports, or remove it`,
        );
    });
    const references = pageReferences(article, content.shared).length;
    if (references < 2)
      at(
        "sources",
        `expected at least 2 references on the page (its own sources plus shared sources it cites or shows), found ${references}`,
      );
    for (const link of facts.links) {
      const message = brokenLink(link.href, { headings: facts.headings, draft: fm.draft }, targets);
      if (message) problems.push({ file, line: link.line, message });
    }
    fm.formerSlugs.forEach((slug, i) => {
      const owner = allSlugs.has(slug) ? slug : formerOwners.get(slug);
      if (owner)
        at(
          `formerSlugs[${i}]`,
          `"${slug}" is already the ${owner === slug ? "slug" : "former slug"} of ${owner === slug ? "an article" : `"${owner}"`}`,
        );
      formerOwners.set(slug, article.slug);
    });
    const anchorIds = new Set(facts.headings.map((h) => h.id));
    for (const [old, current] of Object.entries(fm.formerAnchors)) {
      if (anchorIds.has(old))
        at(`formerAnchors.${old}`, `"${old}" is still a section id in this article; a former id must be one that is no longer used`);
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
  // A group's details page is where a reader lands from a summary card: it must show the whole group.
  for (const group of content.shared.groups) {
    const link = safetyLinks.find((l) => l.href === group.details && l.field.startsWith(`groups[${content.shared.groups.indexOf(group)}]`));
    const slug = /^\/articles\/([^#]+)/.exec(group.details)?.[1];
    const target = slug ? bySlug.get(slug) : undefined;
    if (link && slug && target && !target.facts.safety.some((use) => use.component === "RedFlags" && use.id === group.id)) {
      problems.push({
        file: link.file,
        line: link.line,
        field: link.field,
        message: `"${slug}" does not show this group in full: add <RedFlags group="${group.id}" /> there, or point details at the page that does`,
      });
    } else if (link && !slug) {
      problems.push({
        file: link.file,
        line: link.line,
        field: link.field,
        message: `expected an article that shows the group with <RedFlags group="${group.id}" />`,
      });
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
      if (owner)
        problems.push({
          file: entry.file,
          line: lineOf(entry.file, "formerIds"),
          field: `formerIds[${i}]`,
          message: `"${id}" is already used by the term "${owner}"`,
        });
      formerTerms.set(id, entry.id);
    });
    entry.frontmatter.related.forEach((id, i) => {
      if (!glossaryIds.has(id) || id === entry.id)
        problems.push({
          file: entry.file,
          line: lineOf(entry.file, "related"),
          field: `related[${i}]`,
          message: `unknown glossary term "${id}"`,
        });
    });
    for (const link of entry.facts.links) {
      const message = brokenLink(link.href, { headings: entry.facts.headings, draft: false }, targets);
      if (message) problems.push({ file: entry.file, line: link.line, message });
    }
  }
  return problems;
}

/** The document a link is written in: its own sections, and whether it is published. */
export interface LinkSource {
  headings: { id: string }[];
  draft: boolean;
}

/** What a link may point at: every article (drafts too, to tell them apart), glossary term and page. */
export interface LinkTargets {
  articles: Map<string, Article | Unreviewed<Article>>;
  glossaryIds: ReadonlySet<string>;
  pageSlugs: ReadonlySet<string>;
}

export function brokenLink(href: string, from: LinkSource | null, targets: LinkTargets): string | null {
  const [path = "", anchor] = href.split("#");
  if (path === "") {
    if (!from) return `broken link "${href}": an in-page link needs a section on the same page`;
    return anchor && from.headings.some((h) => h.id === anchor)
      ? null
      : `broken link "${href}": this page has no section with id "${anchor}"`;
  }
  if (path.startsWith("/articles/")) {
    const slug = path.slice("/articles/".length);
    const target = targets.articles.get(slug);
    if (!target) return `broken link "${href}": no article "${slug}"`;
    if (target.frontmatter.draft && !from?.draft)
      return `broken link "${href}": "${slug}" is a draft, so the link would break when this page is published`;
    if (anchor && !target.facts.headings.some((h) => h.id === anchor))
      return `broken link "${href}": "${slug}" has no section with id "${anchor}"`;
    return null;
  }
  if (path.startsWith("/glossary/"))
    return targets.glossaryIds.has(path.slice("/glossary/".length)) ? null : `broken link "${href}": no glossary term with that id`;
  if (path.startsWith("/topics/"))
    return path.slice("/topics/".length) in topics
      ? null
      : `broken link "${href}": no topic with that id (${Object.keys(topics).join(", ")})`;
  if ((staticPaths as readonly string[]).includes(path) || targets.pageSlugs.has(path.slice(1))) return null;
  return `broken link "${href}": expected /articles/<slug>, /glossary/<id>, /topics/<id>, a page in content/pages/, or one of ${staticPaths.join(", ")}`;
}

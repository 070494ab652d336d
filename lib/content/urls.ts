import { type Lang, localize, splitLang } from "@/lib/i18n/lang";
import { staticPaths, staticPathsFor } from "@/lib/routes";
import { topics } from "./schema";
import type { Content, Edition } from "./types";

type Editions = Partial<Record<Lang, Pick<Edition, "articles" | "glossary" | "pages" | "packets" | "gaps">>>;

/** Published URL → the section anchors on it, as kept in content/published-urls.json. */
export type UrlManifest = Record<string, string[]>;

/** Every URL and section anchor the site publishes now, in every language (an untranslated page too). */
export function publishedUrls(content: Pick<Content, "editions">): UrlManifest {
  const urls: UrlManifest = {};
  for (const [lang, edition] of Object.entries(content.editions) as [Lang, Edition][]) {
    const add = (path: string, anchors: string[] = []) => (urls[localize(path, lang)] = anchors);
    staticPathsFor(lang).forEach((p) => add(p));
    for (const topic of Object.keys(topics)) add(`/topics/${topic}`);
    for (const page of edition.pages)
      add(
        `/${page.slug}`,
        page.facts.headings.map((h) => h.id),
      );
    for (const gap of edition.gaps.pages) add(`/${gap.slug}`);
    for (const a of edition.articles)
      add(
        `/articles/${a.slug}`,
        a.facts.headings.map((h) => h.id),
      );
    for (const gap of edition.gaps.articles) add(`/articles/${gap.slug}`);
    for (const g of edition.glossary) add(`/glossary/${g.id}`);
    for (const p of edition.packets) add(`/handout/${p.id}`);
  }
  return urls;
}

/** The manifest with every current URL and anchor added; nothing is ever removed. */
export function mergeManifest(previous: UrlManifest, current: UrlManifest): UrlManifest {
  const merged: UrlManifest = {};
  for (const url of [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort()) {
    merged[url] = [...new Set([...(previous[url] ?? []), ...(current[url] ?? [])])].sort();
  }
  return merged;
}

/** Messages for every published URL or anchor that would no longer resolve, with what to do about it. */
export function unresolvedUrls(manifest: UrlManifest, editions: Editions): string[] {
  const messages: string[] = [];
  for (const [url, anchors] of Object.entries(manifest)) {
    const { lang, path } = splitLang(url);
    const edition = editions[lang];
    if (!edition) {
      messages.push(`${url} was published but the site has no ${lang} edition now (content/${lang}/): restore it`);
      continue;
    }
    if ((staticPaths as readonly string[]).includes(path)) continue;
    const content = {
      ...edition,
      articles: [
        ...edition.articles,
        ...(editions.en?.articles ?? [])
          .filter((a) => edition.gaps.articles.some((g) => g.slug === a.slug))
          .map((a) => ({ ...a, facts: { ...a.facts, headings: [] } })),
      ],
      pages: [
        ...edition.pages,
        ...(editions.en?.pages ?? [])
          .filter((p) => edition.gaps.pages.some((g) => g.slug === p.slug))
          .map((p) => ({ ...p, facts: { ...p.facts, headings: [] } })),
      ],
    };
    const [, kind, id = ""] = path.split("/");
    if (kind === "topics") {
      if (!(id in topics))
        messages.push(`${url} was published but that topic is gone: keep the topic, or point a redirect at its replacement`);
    } else if (kind === "articles") {
      const article = content.articles.find((a) => a.slug === id || a.frontmatter.formerSlugs.includes(id));
      if (!article) {
        messages.push(`${url} was published but no article answers it: add "${id}" to the formerSlugs of the article that replaces it`);
        continue;
      }
      const ids = new Set([...article.facts.headings.map((h) => h.id), ...Object.keys(article.frontmatter.formerAnchors)]);
      for (const anchor of anchors.filter((x) => !ids.has(x))) {
        messages.push(
          `${url}#${anchor} was published but "${article.slug}" has no such section: add "${anchor}: <current-id>" to its formerAnchors`,
        );
      }
    } else if (kind === "glossary") {
      if (!content.glossary.some((g) => g.id === id || g.frontmatter.formerIds.includes(id))) {
        messages.push(`${url} was published but no glossary term answers it: add "${id}" to the formerIds of the term that replaces it`);
      }
    } else if (kind === "handout") {
      if (!content.packets.some((p) => p.id === id))
        messages.push(`${url} was published but content/packets.yaml has no packet "${id}": restore it (a packet's id never changes)`);
    } else if (kind && id === "" && path === `/${kind}`) {
      const page = content.pages.find((p) => p.slug === kind);
      if (!page) messages.push(`${url} was published but content/pages/${kind}.mdx is gone: restore it`);
      else
        for (const anchor of anchors.filter((x) => !page.facts.headings.some((h) => h.id === x)))
          messages.push(`${url}#${anchor} was published but that page has no such section: restore the id`);
    } else {
      messages.push(`${url} is not a page this site can publish`);
    }
  }
  return messages;
}

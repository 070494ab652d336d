import "server-only";
import { cache } from "react";
import { type Article, type Content, loadContent } from "./load";
import { compileExamples } from "./examples";
import { contentOptions } from "./options";
import { type Topic, topics } from "./schema";
import type { Edition } from "./types";
import { type Lang, langs } from "@/lib/i18n/lang";

export type { Article, Content, Edition, GlossaryEntry, SitePage } from "./types";

function load(): Promise<Content> {
  return loadContent({ ...contentOptions(), includeDrafts: process.env.NODE_ENV !== "production" });
}

// A production build never sees content change, so one load serves every page a worker renders;
// in development each request reloads, and the content-hash cache keeps that cheap.
let once: Promise<Content> | undefined;
/** All validated, compiled content. */
export const getContent = cache((): Promise<Content> => {
  if (process.env.NODE_ENV !== "production") return load();
  once ??= load();
  return once;
});

// Every page of a build asks for the sorted lists; with a thousand articles, sorting them for each page
// costs more than rendering it. Sorted once per loaded edition.
const sorted = new WeakMap<Edition, { byTitle: Article[]; byTopic: Map<Topic, Article[]> }>();
async function lists(lang: Lang) {
  const edition = await getEdition(lang);
  let entry = sorted.get(edition);
  if (!entry) {
    const byTitle = [...edition.articles].sort((a, b) => a.frontmatter.title.localeCompare(b.frontmatter.title, lang));
    const byTopic = new Map(
      (Object.keys(topics) as Topic[]).map((t) => [
        t,
        byTitle.filter((a) => a.frontmatter.topic === t).sort((a, b) => a.frontmatter.order - b.frontmatter.order),
      ]),
    );
    entry = { byTitle, byTopic };
    sorted.set(edition, entry);
  }
  return entry;
}

/** One language's edition; a language without a folder in content/ has none (the site is English-only then). */
export async function getEdition(lang: Lang): Promise<Edition> {
  const edition = (await getContent()).editions[lang];
  if (!edition) throw new Error(`no ${lang} edition: content/${lang}/ does not exist`);
  return edition;
}

/** The languages the site is published in, English first. */
export async function getLangs(): Promise<Lang[]> {
  const editions = (await getContent()).editions;
  return langs.filter((l) => editions[l]);
}

/** Published articles, in title order. */
export async function getArticles(lang: Lang = "en") {
  return [...(await lists(lang)).byTitle];
}

export async function getArticle(slug: string, lang: Lang = "en") {
  return (await getEdition(lang)).articles.find((a) => a.slug === slug) ?? null;
}

export async function getGlossary(lang: Lang = "en") {
  return (await getEdition(lang)).glossary;
}

export async function getReviewer(id: string) {
  return (await getContent()).reviewers.find((r) => r.id === id) ?? null;
}

/** Menus and the home page's top tasks. */
export async function getNavigation(lang: Lang = "en") {
  return (await getEdition(lang)).navigation;
}

/** Every component's named examples, compiled against the real content (the gallery page shows them). */
export const getExamples = cache(async () => compileExamples(await getContent()));

/** Red-flag groups, safety lists and the sources they cite, in one language's words. */
export async function getShared(lang: Lang = "en") {
  return (await getEdition(lang)).shared;
}

export async function getPages(lang: Lang = "en") {
  return (await getEdition(lang)).pages;
}

export async function getPage(slug: string, lang: Lang = "en") {
  return (await getEdition(lang)).pages.find((p) => p.slug === slug) ?? null;
}

/** A hub's articles in reading order (their `order`, then title). */
export async function getTopicArticles(topic: Topic, lang: Lang = "en"): Promise<Article[]> {
  return [...((await lists(lang)).byTopic.get(topic) ?? [])];
}

/** Every topic with its articles, in the site's order. */
export async function getTopics(lang: Lang = "en") {
  const edition = await getEdition(lang);
  return Promise.all(
    (Object.keys(topics) as Topic[]).map(async (id) => ({ id, ...edition.topics[id], articles: await getTopicArticles(id, lang) })),
  );
}

/** Ready-made handout packets (content/packets.yaml). */
export async function getPackets(lang: Lang = "en") {
  return (await getEdition(lang)).packets;
}

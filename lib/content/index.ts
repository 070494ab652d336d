import "server-only";
import { cache } from "react";
import { type Article, type Content, loadContent } from "./load";
import { compileExamples } from "./examples";
import { contentOptions } from "./options";
import { type Topic, topics } from "./schema";

export type { Article, Content, GlossaryEntry, SitePage } from "./types";

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
// costs more than rendering it. Sorted once per loaded content.
const sorted = new WeakMap<Content, { byTitle: Article[]; byTopic: Map<Topic, Article[]> }>();
async function lists() {
  const content = await getContent();
  let entry = sorted.get(content);
  if (!entry) {
    const byTitle = [...content.articles].sort((a, b) => a.frontmatter.title.localeCompare(b.frontmatter.title));
    const byTopic = new Map(
      (Object.keys(topics) as Topic[]).map((t) => [
        t,
        byTitle.filter((a) => a.frontmatter.topic === t).sort((a, b) => a.frontmatter.order - b.frontmatter.order),
      ]),
    );
    entry = { byTitle, byTopic };
    sorted.set(content, entry);
  }
  return entry;
}

/** Published articles, in title order. */
export async function getArticles() {
  return [...(await lists()).byTitle];
}

export async function getArticle(slug: string) {
  return (await getContent()).articles.find((a) => a.slug === slug) ?? null;
}

export async function getGlossary() {
  return (await getContent()).glossary;
}

export async function getReviewer(id: string) {
  return (await getContent()).reviewers.find((r) => r.id === id) ?? null;
}

/** Menus and the home page's top tasks. */
export async function getNavigation() {
  return (await getContent()).navigation;
}

/** Every component's named examples, compiled against the real content (the gallery page shows them). */
export const getExamples = cache(async () => compileExamples(await getContent()));

/** Red-flag groups, safety lists and the sources they cite. */
export async function getShared() {
  return (await getContent()).shared;
}

export async function getPages() {
  return (await getContent()).pages;
}

export async function getPage(slug: string) {
  return (await getContent()).pages.find((p) => p.slug === slug) ?? null;
}

/** A hub's articles in reading order (their `order`, then title). */
export async function getTopicArticles(topic: Topic): Promise<Article[]> {
  return [...((await lists()).byTopic.get(topic) ?? [])];
}

/** Every topic with its articles, in the site's order. */
export async function getTopics() {
  return Promise.all((Object.keys(topics) as Topic[]).map(async (id) => ({ id, ...topics[id], articles: await getTopicArticles(id) })));
}

/** Ready-made handout packets (content/packets.yaml). */
export async function getPackets() {
  return (await getContent()).packets;
}

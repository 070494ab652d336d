import { readdirSync } from "node:fs";
import { topics } from "@/lib/content/schema";

const ids = (dir: string) => readdirSync(`content/${dir}`).filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.mdx$/, ""));

/**
 * Every page the site serves, known before the server starts so each gets its own test: the sitemap's
 * pages (a test checks the two lists agree), plus the staff share page, a review pack and a 404.
 */
export const sitePages = [
  "/",
  "/glossary",
  "/search",
  "/share",
  ...Object.keys(topics).map((t) => `/topics/${t}`),
  ...ids("articles").map((s) => `/articles/${s}`),
  ...ids("glossary").map((s) => `/glossary/${s}`),
  ...ids("pages").map((s) => `/${s}`),
  // For authors: every component's examples, so each example is checked by the whole gate.
  "/gallery",
  // The reviewers' packs are built alike; one of them stands for all.
  `/review/${ids("articles")[0]}`,
];
export const notFoundPage = "/this-page-does-not-exist";

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const words = (file: string) =>
  readFileSync(file, "utf8")
    .replace(/^---[\s\S]*?\n---\n/, "")
    .split(/\s+/).length;

/** One page of each type, for the weight and Lighthouse benchmarks. */
export function pageTypes(): { type: string; path: string }[] {
  const dir = join("content", "articles");
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ""), words: words(join(dir, f)) }))
    .sort((a, b) => a.words - b.words);
  return [
    { type: "home", path: "/" },
    { type: "topic hub", path: "/topics/safety" },
    { type: "short article", path: `/articles/${articles[0]!.slug}` },
    { type: "longest article", path: `/articles/${articles.at(-1)!.slug}` },
    { type: "glossary index", path: "/glossary" },
    { type: "glossary term", path: "/glossary/hypomagnesemia" },
    { type: "site page", path: "/privacy" },
    { type: "share page", path: "/share" },
    { type: "search", path: "/search" },
    { type: "404", path: "/this-page-does-not-exist" },
  ];
}

export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

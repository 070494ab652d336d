import type { Article } from "./types";

/**
 * Articles to read next: the author's explicit `related` list first, in its order, then articles that
 * share the most glossary terms with this one. No duplicates, never the article itself.
 */
export function relatedArticles(article: Article, articles: Article[], limit = 5): Article[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const explicit = article.frontmatter.related.map((slug) => bySlug.get(slug)).filter((a) => a !== undefined);
  const terms = new Set(article.facts.terms);
  const byShared = articles
    .filter((a) => a.slug !== article.slug && !explicit.includes(a))
    .map((a) => ({ a, shared: a.facts.terms.filter((t) => terms.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((x, y) => y.shared - x.shared || x.a.frontmatter.title.localeCompare(y.a.frontmatter.title))
    .map((x) => x.a);
  return [...explicit, ...byShared].slice(0, limit);
}

/** The articles that mark a glossary term with <Term>, computed from the compiled content. */
export function articlesUsingTerm(termId: string, articles: Article[]): Article[] {
  return articles.filter((a) => a.facts.terms.includes(termId)).sort((x, y) => x.frontmatter.title.localeCompare(y.frontmatter.title));
}

/** Glossary entries grouped by the first letter of the term, A to Z (anything else under "#"). */
export function byInitial<T extends { frontmatter: { term: string } }>(entries: T[], lang: string = "en"): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  const sorted = [...entries].sort((a, b) => a.frontmatter.term.localeCompare(b.frontmatter.term, lang, { sensitivity: "base" }));
  for (const entry of sorted) {
    // Accents do not make a letter of their own ("Ácido" is under A); Spanish Ñ does.
    const raw = entry.frontmatter.term.charAt(0).toUpperCase();
    const first = raw === "Ñ" ? raw : raw.normalize("NFD").charAt(0);
    const key = /[A-ZÑ]/.test(first) ? first : "#";
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return groups;
}

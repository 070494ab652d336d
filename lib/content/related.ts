import type { Article } from "./types";

/**
 * Articles to read next: the author's explicit `related` list first, in its order, then articles that
 * share the most glossary terms with this one. No duplicates, never the article itself.
 */
export function relatedArticles(article: Article, articles: Article[], limit = 5): Article[] {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const explicit = article.frontmatter.related.map((slug) => bySlug.get(slug)).filter((a) => a !== undefined);
  const terms = new Set(article.facts.terms);
  // Only the best few are kept as the list is read (every article page asks, so sorting the whole list
  // for each page would make the build quadratic in the number of articles).
  const wanted = limit - explicit.length;
  const best: { a: Article; shared: number }[] = [];
  const before = (x: { a: Article; shared: number }, y: { a: Article; shared: number }) =>
    y.shared - x.shared || titleOrder.compare(x.a.frontmatter.title, y.a.frontmatter.title);
  for (const a of articles) {
    if (wanted <= 0) break;
    if (a.slug === article.slug || explicit.includes(a)) continue;
    const shared = a.facts.terms.reduce((n, t) => (terms.has(t) ? n + 1 : n), 0);
    if (shared === 0) continue;
    const candidate = { a, shared };
    if (best.length === wanted && before(candidate, best[wanted - 1]!) >= 0) continue;
    const at = best.findIndex((b) => before(candidate, b) < 0);
    best.splice(at < 0 ? best.length : at, 0, candidate);
    if (best.length > wanted) best.pop();
  }
  return [...explicit, ...best.map((x) => x.a)].slice(0, limit);
}

const titleOrder = new Intl.Collator();

/** The articles that mark a glossary term with <Term>, computed from the compiled content. */
export function articlesUsingTerm(termId: string, articles: Article[]): Article[] {
  return articles
    .filter((a) => a.facts.terms.includes(termId))
    .sort((x, y) => titleOrder.compare(x.frontmatter.title, y.frontmatter.title));
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

import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";
import { renderToStaticMarkup } from "react-dom/server";
import type { Content } from "@/lib/content/types";
import { readability } from "@/lib/content/readability";
import { readabilityEs } from "@/lib/content/readability-es";
import type { Edition } from "@/lib/content/types";
import { mdxComponents } from ".";

/** Renders compiled MDX to static HTML, for checks that read the text as a patient sees it. */
export function renderMdxToHtml(code: string, components: MDXContentProps["components"]): string {
  const Body = getMDXComponent(code);
  return renderToStaticMarkup(<Body components={components} />);
}

/** Each article's Flesch-Kincaid grade, measured on its rendered body. */
export function articleGrades(content: Pick<Content, "articles" | "glossary" | "shared">) {
  return content.articles.map((a) => ({
    slug: a.slug,
    ...readability(renderMdxToHtml(a.code, mdxComponents(a, content.glossary, content.shared, "en"))),
  }));
}

/**
 * INFLESZ and Fernández-Huerta of each Spanish document with prose (articles, site pages and glossary
 * terms, whose definition is read too), measured on the rendered text as a patient reads it.
 */
export function spanishScores(edition: Pick<Edition, "articles" | "glossary" | "pages" | "shared">) {
  const glossary = edition.glossary;
  return [
    ...edition.articles.map((a) => ({
      slug: `articles/${a.slug}`,
      html: renderMdxToHtml(a.code, mdxComponents(a, glossary, edition.shared, "es")),
    })),
    ...edition.pages.map((p) => ({ slug: p.slug, html: renderMdxToHtml(p.code, mdxComponents(null, [], edition.shared, "es")) })),
    ...glossary.map((g) => ({
      slug: `glossary/${g.id}`,
      html: `<p>${g.frontmatter.definition.replace(/</g, "&lt;")}</p>${renderMdxToHtml(g.code, mdxComponents(null, glossary, edition.shared, "es"))}`,
    })),
  ].map(({ slug, html }) => ({ slug, ...readabilityEs(html) }));
}

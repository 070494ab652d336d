import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";
import { renderToStaticMarkup } from "react-dom/server";
import type { Content } from "@/lib/content/types";
import { readability } from "@/lib/content/readability";
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
    ...readability(renderMdxToHtml(a.code, mdxComponents(a, content.glossary, content.shared))),
  }));
}

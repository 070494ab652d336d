import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";
import { renderToStaticMarkup } from "react-dom/server";

/** Renders compiled MDX to static HTML, for checks that read the text as a patient sees it. */
export function renderMdxToHtml(code: string, components: MDXContentProps["components"]): string {
  const Body = getMDXComponent(code);
  return renderToStaticMarkup(<Body components={components} />);
}

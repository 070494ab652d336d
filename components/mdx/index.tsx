import type { ComponentProps as ReactProps, ReactNode } from "react";
import type { MDXContentProps } from "mdx-bundler/client";
import type { Article, GlossaryEntry } from "@/lib/content";
import type { ComponentName, ComponentProps } from "@/lib/content/schema";
import { Callout } from "./callout";
import { Cite } from "./cite";
import { Emergency } from "./emergency";
import { Term } from "./term";
import { Use } from "./use";

type Registered = { [N in ComponentName]: (props: ComponentProps<N> & { children?: ReactNode }) => ReactNode };

/**
 * The one component map every page passes to MDX: the components authors may use (their props were
 * validated when the content was compiled) plus a few HTML elements we render our own way.
 */
export function mdxComponents(article: Pick<Article, "frontmatter"> | null, glossary: GlossaryEntry[]): MDXContentProps["components"] {
  const terms = new Map(glossary.map((g) => [g.id, g.frontmatter]));
  const registered: Registered = {
    Cite: ({ id }) => <Cite id={id} sources={article?.frontmatter.sources ?? []} />,
    Term: ({ id, children }) => <Term id={id} entry={terms.get(id)!}>{children}</Term>,
    Callout,
    Emergency,
    Use,
  };
  return {
    ...registered,
    // Wide tables scroll inside their own focusable box instead of widening the page on a phone.
    table: (props: ReactProps<"table">) => (
      <div className="table-wrap" role="region" aria-label="Table (scrolls sideways)" tabIndex={0}>
        <table {...props} />
      </div>
    ),
  } as MDXContentProps["components"];
}

import type { ComponentProps as ReactProps, ReactNode } from "react";
import { CopyLink } from "@/components/copy-link";
import { site } from "@/lib/site";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import type { MDXContentProps } from "mdx-bundler/client";
import type { Article, GlossaryEntry } from "@/lib/content";
import { Callout } from "./callout/callout";
import { Cite } from "./cite/cite";
import { ClinicDetails } from "./clinic-details/clinic-details";
import { ClinicPrices } from "./clinic-prices/clinic-prices";
import { Figure } from "./figure/figure";
import { RedFlagSummary } from "./red-flag-summary/red-flag-summary";
import { RedFlags } from "./red-flags/red-flags";
import type { ComponentName, ComponentProps } from "./registry";
import { SafetyList } from "./safety-list/safety-list";
import { Term } from "./term/term";
import { Use } from "./use/use";
import { pageReferences } from "@/lib/content/references";
import type { SharedData } from "@/lib/content/types";

type Registered = { [N in ComponentName]: (props: ComponentProps<N> & { children?: ReactNode }) => ReactNode };

/**
 * The one component map every page passes to MDX: the components authors may use (their props were
 * validated when the content was compiled) plus a few HTML elements we render our own way.
 */
export function mdxComponents(
  article: {
    slug: string;
    frontmatter: Pick<Article["frontmatter"], "sources"> & Partial<Pick<Article["frontmatter"], "formerAnchors">>;
    facts: Article["facts"];
  } | null,
  glossary: GlossaryEntry[],
  safety: SharedData,
  lang: Lang,
): MDXContentProps["components"] {
  const terms = new Map(glossary.map((g) => [g.id, g.frontmatter]));
  // Ids were checked when the content was compiled, so every lookup below finds its entry.
  const ctx = { terms, references: article ? pageReferences(article, safety) : [], lang };
  const group = (id: string) => safety.groups.find((g) => g.id === id)!;
  // Old section ids stay as empty targets just before the section, so old links land on it, even without JavaScript.
  const formerIds = (id: string) =>
    Object.entries(article?.frontmatter.formerAnchors ?? {})
      .filter(([, current]) => current === id)
      .map(([old]) => <span key={old} id={old} className="anchor-alias" />);
  const headingText = (id: string) => article?.facts.headings.find((h) => h.id === id)?.text ?? "";
  const registered: Registered = {
    Cite: ({ id }) => <Cite id={id} sources={ctx.references} lang={lang} />,
    Term: ({ id, children }) => (
      <Term id={id} entry={terms.get(id)!} lang={lang}>
        {children}
      </Term>
    ),
    Callout: (props) => <Callout {...props} lang={lang} />,
    ClinicDetails: () => <ClinicDetails lang={lang} />,
    RedFlags: ({ group: id }) => <RedFlags group={group(id)} ctx={ctx} />,
    RedFlagSummary: ({ groups }) => <RedFlagSummary groups={groups.split(" ").map(group)} ctx={ctx} />,
    Figure: ({ id }) => <Figure figure={safety.figures.find((f) => f.id === id)!} ctx={ctx} />,
    ClinicPrices: () => <ClinicPrices lang={lang} />,
    SafetyList: ({ list }) => <SafetyList list={safety.lists.find((l) => l.id === list)!} ctx={ctx} />,
    Use: (props) => (
      <>
        {formerIds(props.id)}
        <Use {...props} lang={lang} />
      </>
    ),
  };
  return {
    ...registered,
    h2: ({ id, children }: ReactProps<"h2">) => (
      <>
        {id && formerIds(id)}
        <div className="section-heading">
          <h2 id={id}>{children}</h2>
          {id && article && (
            <CopyLink url={`${site.siteUrl}${localize(`/articles/${article.slug}`, lang)}#${id}`} label={headingText(id)} lang={lang} />
          )}
        </div>
      </>
    ),
    h3: ({ id, children }: ReactProps<"h3">) => (
      <>
        {id && formerIds(id)}
        <h3 id={id}>{children}</h3>
      </>
    ),
    // Wide tables scroll inside their own focusable box instead of widening the page on a phone.
    table: ({ "data-columns": columns, ...props }: ReactProps<"table"> & { "data-columns"?: string }) => (
      <div className="table-wrap" role="region" aria-label={t(lang).mdx.tableLabel(columns ?? "")} tabIndex={0}>
        <table {...props} />
      </div>
    ),
  } as MDXContentProps["components"];
}

import { cache } from "react";
import { mdxComponents } from "@/components/mdx";
import type { Article, GlossaryEntry } from "@/lib/content";
import { currentSections, lastChanged, visibleChanges } from "@/lib/content/changes";
import { pageReferences } from "@/lib/content/references";
import type { SharedData } from "@/lib/content/types";
import { formatDate, type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { SourceLine } from "@/components/article/references";
import { site } from "@/lib/site";
import { bodyBlocks, isHeading, sectionBlocks, sourcesIn } from "./split";

/**
 * An article's body blocks, rendered once per page however many of its pieces the page shows. React's
 * cache() lasts one render: a module-level cache would keep every article's tree for the whole build.
 */
const rendered = cache((article: Article, glossary: GlossaryEntry[], shared: SharedData, lang: Lang) => {
  const components = mdxComponents(article, glossary, shared, lang)!;
  return { components, all: bodyBlocks(article.code, components), references: pageReferences(article, shared) };
});

/**
 * One piece of a handout packet: a whole article, or one section of it, with its own sources (numbered
 * as on the article), its review and update dates and its link. Its ids are made unique to the piece by
 * the build's static step (lib/build/strip-page.ts), which scopes every id inside [data-part].
 */
export function PacketPart({
  article,
  section,
  glossary,
  shared,
  lang,
}: {
  article: Article;
  section: string | null;
  glossary: GlossaryEntry[];
  shared: SharedData;
  lang: Lang;
}) {
  const fm = article.frontmatter;
  const m = t(lang).handout;
  const { components, all, references } = rendered(article, glossary, shared, lang);
  const id = section === null ? null : (fm.formerAnchors[section] ?? section);
  const found = id === null ? all : sectionBlocks(all, id, components);
  if (!found) return null;
  const blocks = id !== null && isHeading(found[0], components) ? found.slice(1) : found;
  const heading = id === null ? null : article.facts.headings.find((h) => h.id === id)!;
  // The section's own subsections count as the section: a change to one of them is a change to it.
  const inside = new Set(id === null ? [] : article.facts.headings.filter((h) => sectionBlocks(found, h.id, components)).map((h) => h.id));
  const cited = sourcesIn(blocks, components, shared);
  const sources = references.map((s, i) => ({ ...s, n: i + 1 })).filter((s) => cited.has(s.id));
  const changes = visibleChanges(fm).filter(
    (c) => id === null || c.sections.length === 0 || currentSections(fm, c.sections).some((s) => inside.has(s)),
  );
  const url = `${site.siteUrl}${localize(`/articles/${article.slug}`, lang)}${id ? `#${id}` : ""}`;
  const titleId = id ?? "article-title";
  return (
    <section className="packet-part" data-part={section === null ? article.slug : `${article.slug}:${section}`} aria-labelledby={titleId}>
      {heading && <p className="packet-from">{m.from(fm.title)}</p>}
      <h2 id={titleId} className="text-2xl font-bold">
        {heading ? heading.text : fm.title}
      </h2>
      <p className="packet-meta">
        {m.lastReviewed} <time dateTime={fm.lastReviewed}>{formatDate(fm.lastReviewed, lang)}</time>. {m.lastUpdated}{" "}
        <time dateTime={lastChanged(fm)}>{formatDate(lastChanged(fm), lang)}</time>. {m.online} <a href={url}>{url}</a>
      </p>
      <div className="prose mt-4">{blocks}</div>
      {sources.length > 0 && (
        <div className="packet-sources mt-4">
          <h3 id="sources" className="font-bold">
            {m.sources}
          </h3>
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-base">
            {sources.map((s) => (
              <li key={s.id} id={`ref-${s.id}`} value={s.n}>
                <SourceLine source={s} lang={lang} />
              </li>
            ))}
          </ol>
        </div>
      )}
      <ol hidden data-part-changes="">
        {changes.map((c, i) => (
          <li
            key={i}
            data-change={c.date}
            data-sections={(id === null ? currentSections(fm, c.sections) : [titleId]).join(" ")}
            data-summary={c.summary}
          >
            <time dateTime={c.date}>{formatDate(c.date, lang)}</time>: {fm.title}: {c.summary}
          </li>
        ))}
      </ol>
    </section>
  );
}

import type { Article } from "@/lib/content";
import { currentSections, visibleChanges } from "@/lib/content/changes";
import { formatDate, type Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * The article's change log, newest first. Each entry carries its date and sections as data, so the
 * enhancement script can tell a reader who was sent the page on a given day what changed since.
 */
export function WhatChanged({ article, lang }: { article: Pick<Article, "frontmatter" | "facts">; lang: Lang }) {
  const changes = visibleChanges(article.frontmatter);
  const heading = (id: string) => article.facts.headings.find((h) => h.id === id)?.text ?? id;
  return (
    <section aria-labelledby="what-changed" className="mt-10" data-changes="">
      <h2 id="what-changed" className="text-2xl font-bold">
        {t(lang).article.whatChanged}
      </h2>
      <ol className="change-log mt-3 space-y-2">
        {changes.map((c, i) => {
          const ids = currentSections(article.frontmatter, c.sections);
          return (
            <li key={i} data-change={c.date} data-sections={ids.join(" ")} data-summary={c.summary}>
              <time dateTime={c.date} className="font-semibold">
                {formatDate(c.date, lang)}
              </time>
              : {c.summary}
              {ids.length > 0 && (
                <>
                  {" "}
                  {t(lang).article.sections}{" "}
                  {ids.map((id, j) => (
                    <span key={id}>
                      {j > 0 && ", "}
                      <a href={`#${id}`}>{heading(id)}</a>
                    </span>
                  ))}
                  .
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * What the enhancement script shows a reader whose link carries ?sent=YYYY-MM-DD older than a change:
 * the notice at the top of the page and the mark at each changed section. The words live here, in the
 * page, so the script carries none. Without JavaScript nothing shows, and "What changed" is still on the page.
 */
export function UpdatedSinceSent({ what = "page", lang }: { what?: "page" | "handout"; lang: Lang }) {
  const m = t(lang).updated;
  return (
    <>
      <template data-updated-notice="">
        <section className="updated-notice callout callout-warning mt-6" aria-labelledby="updated-since" tabIndex={-1}>
          <h2 id="updated-since" className="text-xl font-bold">
            {m.heading}
          </h2>
          <p className="mt-1">
            {m.madeOn} <strong data-sent="" />. {what === "page" ? m.changedPage : m.changedHandout}
          </p>
          <ol className="change-log mt-2 space-y-1" />
          <p className="mt-2">{m.eachMarked}</p>
        </section>
      </template>
      <template data-updated-mark="">
        <p className="updated-mark">
          <strong>{m.mark}</strong> {m.markOn} <span data-date="" />
          {m.markAfter} <span data-summary="" />
        </p>
      </template>
    </>
  );
}

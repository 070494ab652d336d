import type { GlossaryEntry } from "@/lib/content";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * The meaning of every glossary word on the page, printed after the article: on paper a pop-up
 * cannot open. On screen each word's definition opens in place instead.
 */
export function WordsOnThisPage({ terms, lang }: { terms: GlossaryEntry[]; lang: Lang }) {
  if (terms.length === 0) return null;
  return (
    <section aria-labelledby="words-on-this-page" className="print-only mt-8" data-pagefind-ignore="">
      <h2 id="words-on-this-page" className="text-xl font-bold">
        {t(lang).article.wordsOnThisPage}
      </h2>
      <dl className="mt-2 space-y-2 text-base">
        {terms.map((t) => (
          <div key={t.id}>
            <dt className="inline font-bold">{t.frontmatter.term}: </dt>
            <dd className="inline">{t.frontmatter.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

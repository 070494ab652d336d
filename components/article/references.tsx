import type { Source } from "@/lib/content/schema";
import { hrefLang, type Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** One source as the page lists it: title, publisher, address, and its language when not the page's. */
export function SourceLine({ source: s, lang }: { source: Source; lang: Lang }) {
  const language = s.language ?? "en";
  return (
    <>
      {s.title}
      {t(lang).article.sourceIn[language]}. {s.publisher}.{" "}
      <a href={s.url} hrefLang={language === lang ? undefined : hrefLang[language]}>
        {s.url}
      </a>
    </>
  );
}

/** The numbered reference list that <Cite> links point to. */
export function References({ sources, lang }: { sources: Source[]; lang: Lang }) {
  return (
    <section aria-labelledby="references" className="mt-10" data-pagefind-ignore="">
      <h2 id="references" className="text-xl font-bold">
        {t(lang).article.references}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-base">
        {sources.map((s) => (
          <li key={s.id} id={`ref-${s.id}`}>
            <SourceLine source={s} lang={lang} />
          </li>
        ))}
      </ol>
    </section>
  );
}

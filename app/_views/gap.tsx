import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * The address of a document a translation does not have yet (content/<lang>/gaps.yaml): it says so
 * in the page's language and links to the English page, whose title is shown as it is, marked as English.
 */
export function GapPage({ lang, path, title, reason }: { lang: Lang; path: string; title: string; reason: string }) {
  const m = t(lang).gap;
  return (
    <article className="max-w-2xl">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">
        <span lang="en">{title}</span>
      </h1>
      <p className="lead mt-3">{m.notYet}</p>
      <p className="mt-4">
        <a href={localize(path, "en")} hrefLang="en" className="button">
          {m.readEnglish}
        </a>
      </p>
      <p className="mt-4 text-base">
        {m.reason} {reason}
      </p>
    </article>
  );
}

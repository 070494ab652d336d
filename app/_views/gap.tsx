import { getArticle, getEdition, getPage } from "@/lib/content";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** An English article or page the edition lists as not translated yet: its English title and the reason. */
export async function gapFor(lang: Lang, kind: "articles" | "pages", slug: string) {
  if (lang === "en") return null;
  const gap = (await getEdition(lang)).gaps[kind].find((g) => g.slug === slug);
  const english = gap && (kind === "articles" ? await getArticle(slug, "en") : await getPage(slug, "en"));
  return gap && english ? { ...gap, title: english.frontmatter.title } : null;
}

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

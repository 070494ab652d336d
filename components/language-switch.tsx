import { getContent } from "@/lib/content";
import { hrefLang, htmlLang, type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { pageLangs } from "@/lib/routes";

/**
 * Links to the same page in the site's other languages, each named in its own language. Section ids are
 * the same in every language, so the enhancement script adds the section the reader is at; without
 * JavaScript the link opens the top of the page. Nothing shows for a page with no translation.
 */
export async function LanguageSwitch({ lang, path }: { lang: Lang; path: string }) {
  const others = pageLangs(await getContent(), path).filter((l) => l !== lang);
  if (others.length === 0) return null;
  return (
    <nav aria-label={t(lang).frame.languageSwitch} className="language-switch print-hide" data-pagefind-ignore="" data-enhance="">
      <ul>
        {others.map((l) => (
          <li key={l}>
            <a href={localize(path, l)} hrefLang={hrefLang[l]} lang={htmlLang[l]} data-lang-switch="">
              {t(l).frame.readIn}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

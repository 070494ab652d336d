import type { ReactNode } from "react";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * Search that runs in the browser against the Pagefind index: nothing typed leaves the device. Rendered on
 * the server; the enhancement script (lib/browser/enhance.ts) runs the search and fills in the results,
 * in the page's language (Pagefind keeps one index per language; the words it says are data-* here).
 * Without JavaScript the form still submits, and the page lists every page instead (the children).
 */
export function SiteSearch({ lang, children }: { lang: Lang; children: ReactNode }) {
  const m = t(lang).search;
  return (
    <>
      <form
        role="search"
        action={localize("/search", lang)}
        className="mt-6 flex max-w-2xl flex-wrap gap-2"
        data-search=""
        data-enhance=""
        data-searching={m.searching}
        data-one={m.resultsOne}
        data-many={m.resultsMany}
        data-none={m.resultsNone}
        data-unavailable={m.unavailable}
      >
        <label htmlFor="site-search" className="w-full font-semibold">
          {m.label}
        </label>
        <input id="site-search" name="q" type="search" className="search-input min-w-0 flex-1" autoComplete="off" />
        <button type="submit" className="button">
          {m.button}
        </button>
      </form>
      <p role="status" className="mt-4 font-semibold" data-search-status="" />
      <ol className="search-results mt-4 max-w-2xl space-y-5" hidden />
      <div data-search-fallback="">{children}</div>
    </>
  );
}

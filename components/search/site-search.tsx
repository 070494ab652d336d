import type { ReactNode } from "react";

/**
 * Search that runs in the browser against the Pagefind index: nothing typed leaves the device. Rendered on
 * the server; the enhancement script (lib/browser/enhance.ts) runs the search and fills in the results.
 * Without JavaScript the form still submits, and the page lists every page instead (the children).
 */
export function SiteSearch({ children }: { children: ReactNode }) {
  return (
    <>
      <form role="search" action="/search" className="mt-6 flex max-w-2xl flex-wrap gap-2" data-search="" data-enhance="">
        <label htmlFor="site-search" className="w-full font-semibold">
          Search this site
        </label>
        <input id="site-search" name="q" type="search" className="search-input min-w-0 flex-1" autoComplete="off" />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <p role="status" className="mt-4 font-semibold" data-search-status="" />
      <ol className="search-results mt-4 max-w-2xl space-y-5" hidden />
      <div data-search-fallback="">{children}</div>
    </>
  );
}

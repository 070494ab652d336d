"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";

interface Result {
  url: string;
  title: string;
  excerpt: string;
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
// The index is a static file built with the site; it is fetched only when someone searches.
const loadPagefind = () => (pagefind ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${"/pagefind/pagefind.js"}`) as Promise<Pagefind>);

/**
 * Search that runs in the browser against the Pagefind index: nothing typed leaves the device.
 * Without JavaScript the form still submits, and the page lists every page instead (the children).
 */
export function SiteSearch({ children }: { children: ReactNode }) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Result[] | null>(null);
  const [status, setStatus] = useState("");
  const inputId = useId();
  const latest = useRef(0);

  async function run(q: string) {
    const ticket = ++latest.current;
    if (!q.trim()) {
      setResults(null);
      setStatus("");
      return;
    }
    setStatus("Searching…");
    try {
      const found = await (await loadPagefind()).search(q);
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      if (ticket !== latest.current) return;
      setResults(data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })));
      setStatus(`${data.length === 0 ? "No" : data.length} result${data.length === 1 ? "" : "s"} for “${q}”`);
    } catch {
      if (ticket === latest.current) setStatus("Search is not available right now. Every page is listed below.");
      setResults(null);
    }
  }

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    setQuery(q);
    void run(q);
  }, []);

  return (
    <>
      <form
        role="search"
        action="/search"
        className="mt-6 flex max-w-2xl flex-wrap gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          history.replaceState(null, "", query ? `/search?q=${encodeURIComponent(query)}` : "/search");
          void run(query);
        }}
      >
        <label htmlFor={inputId} className="w-full font-semibold">
          Search this site
        </label>
        <input
          id={inputId}
          name="q"
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            void run(e.target.value);
          }}
          className="search-input min-w-0 flex-1"
          autoComplete="off"
        />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <p role="status" className="mt-4 font-semibold">
        {status}
      </p>
      {results ? (
        <ol className="search-results mt-4 max-w-2xl space-y-5">
          {results.map((r) => (
            <li key={r.url}>
              <a href={r.url} className="text-lg font-semibold">
                {r.title}
              </a>
              <p className="mt-1 text-base" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            </li>
          ))}
        </ol>
      ) : (
        children
      )}
    </>
  );
}

import type { Metadata } from "next";
import { getNavigation } from "@/lib/content";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default async function NotFound() {
  const { popular } = await getNavigation();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">We could not find that page. It may have moved. Try a search, or pick a page below.</p>
      <form role="search" action="/search" className="mt-6 flex flex-wrap gap-2">
        <label htmlFor="not-found-search" className="w-full font-semibold">
          Search this site
        </label>
        <input id="not-found-search" name="q" type="search" className="search-input min-w-0 flex-1" />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <h2 className="mt-8 text-xl font-bold">Popular pages</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {popular.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

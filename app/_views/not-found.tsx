import type { Metadata } from "next";
import { getNavigation } from "@/lib/content";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

export const notFoundMetadata = (lang: Lang): Metadata => ({ title: t(lang).notFound.title, robots: { index: false } });

/** "Page not found", in one language: a search box and the popular pages (content/navigation.yaml). */
export async function NotFoundBody({ lang }: { lang: Lang }) {
  const { popular } = await getNavigation(lang);
  const m = t(lang).notFound;
  const s = t(lang).search;
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{m.title}</h1>
      <p className="mt-4">{m.text}</p>
      <form role="search" action={localize("/search", lang)} className="mt-6 flex flex-wrap gap-2">
        <label htmlFor="not-found-search" className="w-full font-semibold">
          {s.label}
        </label>
        <input id="not-found-search" name="q" type="search" className="search-input min-w-0 flex-1" />
        <button type="submit" className="button">
          {s.button}
        </button>
      </form>
      <h2 className="mt-8 text-xl font-bold">{m.popular}</h2>
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

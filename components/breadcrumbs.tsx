import type { BreadcrumbList } from "schema-dts";
import { JsonLd } from "@/components/json-ld";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { site } from "@/lib/site";

export interface Crumb {
  name: string;
  path: string;
}

/**
 * Where the page sits in the site, as links and as BreadcrumbList structured data. The last crumb is this
 * page. Paths are given without language prefix; each crumb links within the page's language.
 */
export function Breadcrumbs({ trail, lang }: { trail: Crumb[]; lang: Lang }) {
  const all = [{ name: t(lang).frame.home, path: "/" }, ...trail].map((c) => ({ ...c, path: localize(c.path, lang) }));
  const data: BreadcrumbList = {
    "@type": "BreadcrumbList",
    itemListElement: all.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: `${site.siteUrl}${c.path}` })),
  };
  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", ...data }} />
      <nav aria-label={t(lang).frame.breadcrumb} className="breadcrumbs mb-4 text-base print-hide" data-pagefind-ignore="">
        <ol>
          {all.map((c, i) => (
            <li key={c.path}>{i < all.length - 1 ? <a href={c.path}>{c.name}</a> : <span aria-current="page">{c.name}</span>}</li>
          ))}
        </ol>
      </nav>
    </>
  );
}

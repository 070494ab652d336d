import type { BreadcrumbList } from "schema-dts";
import { JsonLd } from "@/components/json-ld";
import { site } from "@/lib/site";

export interface Crumb {
  name: string;
  path: string;
}

/** Where the page sits in the site, as links and as BreadcrumbList structured data. The last crumb is this page. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const all = [{ name: "Home", path: "/" }, ...trail];
  const data: BreadcrumbList = {
    "@type": "BreadcrumbList",
    itemListElement: all.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: `${site.siteUrl}${c.path}` })),
  };
  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", ...data }} />
      <nav aria-label="Breadcrumb" className="breadcrumbs mb-4 text-base print-hide" data-pagefind-ignore="">
        <ol>
          {all.map((c, i) => (
            <li key={c.path}>{i < all.length - 1 ? <a href={c.path}>{c.name}</a> : <span aria-current="page">{c.name}</span>}</li>
          ))}
        </ol>
      </nav>
    </>
  );
}

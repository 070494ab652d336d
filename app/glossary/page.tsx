import type { Metadata } from "next";
import type { DefinedTermSet } from "schema-dts";
import { PrintFooter } from "@/components/article/print-footer";
import { JsonLd } from "@/components/json-ld";
import { getGlossary } from "@/lib/content";
import { byInitial } from "@/lib/content/related";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: "Glossary: medical words explained",
  description: "Plain-language meanings of the medical words used on this site, from A to Z, with links to the articles that use them.",
  alternates: { canonical: "/glossary" },
};

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

export default async function GlossaryPage() {
  const glossary = await getGlossary();
  const groups = byInitial(glossary);
  const data: DefinedTermSet = {
    "@type": "DefinedTermSet",
    "@id": `${site.siteUrl}/glossary`,
    name: `${site.siteName} glossary`,
    url: `${site.siteUrl}/glossary`,
    hasDefinedTerm: glossary.map((g) => ({
      "@type": "DefinedTerm",
      "@id": `${site.siteUrl}/glossary/${g.id}`,
      name: g.frontmatter.term,
      description: g.frontmatter.definition,
      url: `${site.siteUrl}/glossary/${g.id}`,
    })),
  };
  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", ...data }} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Glossary</h1>
      <p className="lead mt-3 max-w-2xl">What the medical words on this site mean, in plain language.</p>
      <nav aria-label="Glossary A to Z" className="mt-6">
        <ul className="az-nav">
          {letters.map((letter) => (
            <li key={letter}>
              {groups.has(letter) ? (
                <a href={`#letter-${letter.toLowerCase()}`} aria-label={`Words starting with ${letter}`}>
                  {letter}
                </a>
              ) : (
                <span aria-hidden="true">{letter}</span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6 max-w-2xl">
        {[...groups].map(([letter, entries]) => (
          <section key={letter} aria-labelledby={`letter-${letter.toLowerCase()}`} className="mt-8">
            <h2 id={`letter-${letter.toLowerCase()}`} className="border-b-2 border-current text-2xl font-bold">
              {letter}
            </h2>
            <dl className="mt-3 space-y-4">
              {entries.map((g) => (
                <div key={g.id}>
                  <dt className="font-bold">
                    <a href={`/glossary/${g.id}`}>{g.frontmatter.term}</a>
                  </dt>
                  <dd>{g.frontmatter.definition}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <PrintFooter path="/glossary" />
    </>
  );
}

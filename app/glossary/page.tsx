import type { Metadata } from "next";
import { getGlossary } from "@/lib/content";

export const metadata: Metadata = {
  title: "Glossary",
  description: "Plain-language meanings of the medical words used on this site, from A to Z.",
  alternates: { canonical: "/glossary" },
};

export default async function GlossaryPage() {
  const glossary = [...(await getGlossary())].sort((a, b) => a.frontmatter.term.localeCompare(b.frontmatter.term));
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Glossary</h1>
      <p className="lead mt-3 max-w-2xl">What the medical words on this site mean, in plain language.</p>
      <dl className="mt-8 max-w-2xl space-y-4">
        {glossary.map((g) => (
          <div key={g.id}>
            <dt className="font-bold">
              <a href={`/glossary/${g.id}`}>{g.frontmatter.term}</a>
            </dt>
            <dd>{g.frontmatter.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

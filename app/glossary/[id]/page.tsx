import type { Metadata } from "next";
import { getMDXComponent } from "mdx-bundler/client";
import { notFound } from "next/navigation";
import type { DefinedTerm } from "schema-dts";
import { PrintFooter } from "@/components/article/print-footer";
import { JsonLd } from "@/components/json-ld";
import { mdxComponents } from "@/components/mdx";
import { getArticles, getGlossary, getShared } from "@/lib/content";
import { articlesUsingTerm } from "@/lib/content/related";
import { site } from "@/lib/site";

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export async function generateStaticParams() {
  return (await getGlossary()).map((g) => ({ id: g.id }));
}

async function getEntry(id: string) {
  return (await getGlossary()).find((g) => g.id === id) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await getEntry((await params).id);
  if (!entry) return {};
  const { term, definition } = entry.frontmatter;
  return {
    title: `${term}: what it means`,
    description: definition.length <= 160 ? definition : `${definition.slice(0, 157).replace(/\s+\S*$/, "")}…`,
    alternates: { canonical: `/glossary/${entry.id}` },
  };
}

export default async function TermPage({ params }: Props) {
  const entry = await getEntry((await params).id);
  if (!entry) notFound();
  const [glossary, articles, safety] = await Promise.all([getGlossary(), getArticles(), getShared()]);
  const { frontmatter: fm } = entry;
  const Body = getMDXComponent(entry.code);
  const usedIn = articlesUsingTerm(entry.id, articles);
  const related = fm.related.map((id) => glossary.find((g) => g.id === id)).filter((g) => g !== undefined);
  const data: DefinedTerm = {
    "@type": "DefinedTerm",
    "@id": `${site.siteUrl}/glossary/${entry.id}`,
    name: fm.term,
    description: fm.definition,
    url: `${site.siteUrl}/glossary/${entry.id}`,
    ...(fm.aliases.length > 0 && { alternateName: fm.aliases }),
    inDefinedTermSet: {
      "@type": "DefinedTermSet",
      "@id": `${site.siteUrl}/glossary`,
      name: `${site.siteName} glossary`,
      url: `${site.siteUrl}/glossary`,
    },
  };
  return (
    <article className="max-w-2xl">
      <JsonLd data={{ "@context": "https://schema.org", ...data }} />
      <p>
        <a href="/glossary">Glossary</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">{fm.term}</h1>
      <p className="lead mt-3">{fm.definition}</p>
      {fm.aliases.length > 0 && <p className="mt-2">Also called: {fm.aliases.join(", ")}.</p>}
      <div className="prose mt-6">
        <Body components={mdxComponents(null, glossary, safety)} />
      </div>
      <section aria-labelledby="used-in" className="mt-8">
        <h2 id="used-in" className="text-xl font-bold">
          Articles that use this word
        </h2>
        {usedIn.length > 0 ? (
          <ul className="mt-2 list-disc pl-6">
            {usedIn.map((a) => (
              <li key={a.slug}>
                <a href={`/articles/${a.slug}`}>{a.frontmatter.title}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">No article uses this word yet.</p>
        )}
      </section>
      {related.length > 0 && (
        <section aria-labelledby="related-terms" className="mt-8">
          <h2 id="related-terms" className="text-xl font-bold">
            Related words
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {related.map((g) => (
              <li key={g.id}>
                <a href={`/glossary/${g.id}`}>{g.frontmatter.term}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sources" className="mt-8">
        <h2 id="sources" className="text-xl font-bold">
          Sources
        </h2>
        <ol className="mt-2 list-decimal pl-6">
          {fm.sources.map((s) => (
            <li key={s.url}>
              {s.title}. {s.publisher}. <a href={s.url}>{s.url}</a>
            </li>
          ))}
        </ol>
      </section>
      <PrintFooter path={`/glossary/${entry.id}`} />
    </article>
  );
}

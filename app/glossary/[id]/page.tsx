import type { Metadata } from "next";
import { getMDXComponent } from "mdx-bundler/client";
import { notFound } from "next/navigation";
import { mdxComponents } from "@/components/mdx";
import { getArticles, getGlossary } from "@/lib/content";

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
  return { title: `${entry.frontmatter.term}: meaning`, description: entry.frontmatter.definition.slice(0, 160), alternates: { canonical: `/glossary/${entry.id}` } };
}

export default async function TermPage({ params }: Props) {
  const entry = await getEntry((await params).id);
  if (!entry) notFound();
  const [glossary, articles] = await Promise.all([getGlossary(), getArticles()]);
  const { frontmatter: fm } = entry;
  const Body = getMDXComponent(entry.code);
  const usedIn = articles.filter((a) => a.facts.terms.includes(entry.id));
  const related = fm.related.map((id) => glossary.find((g) => g.id === id)).filter((g) => g !== undefined);
  return (
    <article className="max-w-2xl">
      <p>
        <a href="/glossary">Glossary</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">{fm.term}</h1>
      <p className="lead mt-3">{fm.definition}</p>
      {fm.aliases.length > 0 && <p className="mt-2">Also called: {fm.aliases.join(", ")}.</p>}
      <div className="prose mt-6">
        <Body components={mdxComponents(null, glossary)} />
      </div>
      {usedIn.length > 0 && (
        <section aria-labelledby="used-in" className="mt-8">
          <h2 id="used-in" className="text-xl font-bold">
            Articles that use this word
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {usedIn.map((a) => (
              <li key={a.slug}>
                <a href={`/articles/${a.slug}`}>{a.frontmatter.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
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
    </article>
  );
}

import type { Metadata } from "next";
import { getMDXComponent } from "mdx-bundler/client";
import { notFound } from "next/navigation";
import type { DefinedTerm, DefinedTermSet } from "schema-dts";
import { PrintFooter } from "@/components/article/print-footer";
import { SourceLine } from "@/components/article/references";
import { JsonLd } from "@/components/json-ld";
import { LanguageSwitch } from "@/components/language-switch";
import { mdxComponents } from "@/components/mdx";
import { getArticles, getGlossary, getShared } from "@/lib/content";
import { articlesUsingTerm, byInitial } from "@/lib/content/related";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { site, siteIn } from "@/lib/site";
import { withAlternates } from "./meta";

const letters = "ABCDEFGHIJKLMNÑOPQRSTUVWXYZ".split("");

/** The glossary, A to Z (with Ñ where the language has words starting with it). */
export function glossaryView(lang: Lang) {
  const m = t(lang).glossary;
  const generateMetadata = (): Promise<Metadata> => withAlternates(lang, "/glossary", { title: m.title, description: m.description });
  async function GlossaryPage() {
    const glossary = await getGlossary(lang);
    const groups = byInitial(glossary, lang);
    const url = `${site.siteUrl}${localize("/glossary", lang)}`;
    const data: DefinedTermSet = {
      "@type": "DefinedTermSet",
      "@id": url,
      name: m.setName(siteIn(lang).siteName),
      url,
      inLanguage: lang,
      hasDefinedTerm: glossary.map((g) => ({
        "@type": "DefinedTerm",
        "@id": `${site.siteUrl}${localize(`/glossary/${g.id}`, lang)}`,
        name: g.frontmatter.term,
        description: g.frontmatter.definition,
        url: `${site.siteUrl}${localize(`/glossary/${g.id}`, lang)}`,
      })),
    };
    return (
      <>
        <JsonLd data={{ "@context": "https://schema.org", ...data }} />
        <LanguageSwitch lang={lang} path="/glossary" />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{m.h1}</h1>
        <p className="lead mt-3 max-w-2xl">{m.lead}</p>
        <nav aria-label={m.az} className="mt-6">
          <ul className="az-nav">
            {letters
              .filter((letter) => letter !== "Ñ" || groups.has(letter))
              .map((letter) => (
                <li key={letter}>
                  {groups.has(letter) ? (
                    <a href={`#letter-${letter.toLowerCase()}`} aria-label={m.startingWith(letter)}>
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
                      <a href={localize(`/glossary/${g.id}`, lang)}>{g.frontmatter.term}</a>
                    </dt>
                    <dd>{g.frontmatter.definition}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <PrintFooter path="/glossary" lang={lang} />
      </>
    );
  }
  return { generateMetadata, Page: GlossaryPage };
}

type Props = { params: Promise<{ id: string }> };

/** One glossary term: its definition, body, the articles that use it, related words and sources. */
export function termView(lang: Lang) {
  const m = t(lang).glossary;
  const getEntry = async (id: string) => (await getGlossary(lang)).find((g) => g.id === id) ?? null;
  async function generateStaticParams() {
    return (await getGlossary(lang)).map((g) => ({ id: g.id }));
  }
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const entry = await getEntry((await params).id);
    if (!entry) return {};
    const { term, definition } = entry.frontmatter;
    return withAlternates(lang, `/glossary/${entry.id}`, {
      title: m.termTitle(term),
      description: definition.length <= 160 ? definition : `${definition.slice(0, 157).replace(/\s+\S*$/, "")}…`,
    });
  }
  async function TermPage({ params }: Props) {
    const entry = await getEntry((await params).id);
    if (!entry) notFound();
    const [glossary, articles, safety] = await Promise.all([getGlossary(lang), getArticles(lang), getShared(lang)]);
    const { frontmatter: fm } = entry;
    const Body = getMDXComponent(entry.code);
    const usedIn = articlesUsingTerm(entry.id, articles);
    const related = fm.related.map((id) => glossary.find((g) => g.id === id)).filter((g) => g !== undefined);
    const url = `${site.siteUrl}${localize(`/glossary/${entry.id}`, lang)}`;
    const setUrl = `${site.siteUrl}${localize("/glossary", lang)}`;
    const data: DefinedTerm = {
      "@type": "DefinedTerm",
      "@id": url,
      name: fm.term,
      description: fm.definition,
      url,
      ...(fm.aliases.length > 0 && { alternateName: fm.aliases }),
      inDefinedTermSet: { "@type": "DefinedTermSet", "@id": setUrl, name: m.setName(siteIn(lang).siteName), url: setUrl },
    };
    return (
      <article className="max-w-2xl">
        <JsonLd data={{ "@context": "https://schema.org", ...data }} />
        <p>
          <a href={localize("/glossary", lang)}>{m.h1}</a>
        </p>
        <LanguageSwitch lang={lang} path={`/glossary/${entry.id}`} />
        <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">{fm.term}</h1>
        <p className="lead mt-3">{fm.definition}</p>
        {fm.aliases.length > 0 && (
          <p className="mt-2">
            {m.alsoCalled} {fm.aliases.join(", ")}.
          </p>
        )}
        <div className="prose mt-6">
          <Body components={mdxComponents(null, glossary, safety, lang)} />
        </div>
        <section aria-labelledby="used-in" className="mt-8">
          <h2 id="used-in" className="text-xl font-bold">
            {m.usedIn}
          </h2>
          {usedIn.length > 0 ? (
            <ul className="mt-2 list-disc pl-6">
              {usedIn.map((a) => (
                <li key={a.slug}>
                  <a href={localize(`/articles/${a.slug}`, lang)}>{a.frontmatter.title}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{m.notUsed}</p>
          )}
        </section>
        {related.length > 0 && (
          <section aria-labelledby="related-terms" className="mt-8">
            <h2 id="related-terms" className="text-xl font-bold">
              {m.relatedWords}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {related.map((g) => (
                <li key={g.id}>
                  <a href={localize(`/glossary/${g.id}`, lang)}>{g.frontmatter.term}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="sources" className="mt-8">
          <h2 id="sources" className="text-xl font-bold">
            {m.sources}
          </h2>
          <ol className="mt-2 list-decimal pl-6">
            {fm.sources.map((s) => (
              <li key={s.url}>
                <SourceLine source={{ ...s, id: s.url }} lang={lang} />
              </li>
            ))}
          </ol>
        </section>
        <PrintFooter path={`/glossary/${entry.id}`} lang={lang} />
      </article>
    );
  }
  return { generateStaticParams, generateMetadata, Page: TermPage };
}

import type { Metadata } from "next";
import { getMDXComponent } from "mdx-bundler/client";
import { notFound } from "next/navigation";
import { Disclaimer } from "@/components/article/disclaimer";
import { PrevNext } from "@/components/article/prev-next";
import { PrintFooter } from "@/components/article/print-footer";
import { References } from "@/components/article/references";
import { RelatedTopics } from "@/components/article/related-topics";
import { ReviewBox } from "@/components/article/review-box";
import { TableOfContents } from "@/components/article/table-of-contents";
import { UsesSummary } from "@/components/article/uses-summary";
import { UpdatedSinceSent, WhatChanged } from "@/components/article/what-changed";
import { WordsOnThisPage } from "@/components/article/words-on-this-page";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { BookingCallToAction } from "@/components/clinic/booking-call-to-action";
import { JsonLd } from "@/components/json-ld";
import { LanguageSwitch } from "@/components/language-switch";
import { mdxComponents } from "@/components/mdx";
import { getArticle, getArticles, getEdition, getGlossary, getReviewer, getShared, getTopicArticles } from "@/lib/content";
import { lastChanged } from "@/lib/content/changes";
import { pageReferences } from "@/lib/content/references";
import { relatedArticles } from "@/lib/content/related";
import { type Lang, localize } from "@/lib/i18n/lang";
import { siteIn } from "@/lib/site";
import { articleData } from "@/lib/structured-data";
import { GapPage, gapFor } from "./gap";
import { withAlternates } from "./meta";
import { TranslationBehind } from "./site-page";

type Props = { params: Promise<{ slug: string }> };

/** An article: its sections, safety boxes and figures, review state, change log and references. */
export function articleView(lang: Lang) {
  async function generateStaticParams() {
    const edition = await getEdition(lang);
    return [...(await getArticles(lang)).map((a) => a.slug), ...edition.gaps.articles.map((g) => g.slug)].map((slug) => ({ slug }));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const slug = (await params).slug;
    const article = await getArticle(slug, lang);
    if (!article) {
      const gap = await gapFor(lang, "articles", slug);
      return gap ? { title: gap.title, robots: { index: false, follow: true }, alternates: { canonical: `/articles/${slug}` } } : {};
    }
    const { title, description } = article.frontmatter;
    const path = `/articles/${article.slug}`;
    const topic = (await getEdition(lang)).topics[article.frontmatter.topic].label;
    const card = localize(`/og${path}.png`, lang);
    return withAlternates(lang, path, {
      title,
      description,
      // The card is drawn as a .png by the build's static step (lib/build/og-images.ts) from these tags.
      openGraph: {
        type: "article",
        title,
        description,
        url: localize(path, lang),
        siteName: siteIn(lang).siteName,
        section: topic,
        modifiedTime: lastChanged(article.frontmatter),
        images: [{ url: card, width: 1200, height: 630, alt: `${title}: ${topic}` }],
      },
      // X/Twitter falls back to og:image, so one card image per article serves both.
      twitter: { card: "summary_large_image", title, description },
    });
  }

  async function ArticlePage({ params }: Props) {
    const slug = (await params).slug;
    const article = await getArticle(slug, lang);
    if (!article) {
      const gap = await gapFor(lang, "articles", slug);
      if (!gap) notFound();
      return <GapPage lang={lang} path={`/articles/${slug}`} title={gap.title} reason={gap.reason} />;
    }
    const { frontmatter: fm } = article;
    const [glossary, reviewer, articles, hub, safety, edition] = await Promise.all([
      getGlossary(lang),
      getReviewer(fm.reviewer),
      getArticles(lang),
      getTopicArticles(fm.topic, lang),
      getShared(lang),
      getEdition(lang),
    ]);
    const path = `/articles/${article.slug}`;
    const references = pageReferences(article, safety);
    const terms = article.facts.terms.map((id) => glossary.find((g) => g.id === id)).filter((g) => g !== undefined);
    const topic = edition.topics[fm.topic];
    const behind = edition.behind.get(path);
    const Body = getMDXComponent(article.code);
    return (
      <article>
        <JsonLd data={articleData(article, references, lang, topic.label)} />
        <Breadcrumbs
          trail={[
            { name: topic.label, path: `/topics/${fm.topic}` },
            { name: fm.title, path },
          ]}
          lang={lang}
        />
        <LanguageSwitch lang={lang} path={path} />
        <header className="max-w-2xl">
          <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{fm.title}</h1>
          <p className="lead mt-3">{fm.summary}</p>
          {behind && <TranslationBehind lang={lang} path={path} date={behind} />}
          {reviewer && (
            <ReviewBox
              lastReviewed={fm.lastReviewed}
              nextReviewDue={fm.nextReviewDue}
              lastUpdated={lastChanged(fm)}
              overdue={article.overdue}
              reviewer={reviewer}
              review={article.review}
              lang={lang}
              translation={lang !== "en"}
            />
          )}
          <UpdatedSinceSent lang={lang} />
        </header>
        <TableOfContents headings={article.facts.headings} lang={lang} />
        {article.facts.uses.length > 0 && <UsesSummary uses={article.facts.uses} lang={lang} />}
        <div className="prose mt-8">
          <Body components={mdxComponents(article, glossary, safety, lang)} />
        </div>
        <div className="max-w-2xl">
          {fm.topic !== "safety" && <BookingCallToAction lang={lang} />}
          <PrevNext article={article} hub={hub} topic={topic} lang={lang} />
          <RelatedTopics articles={relatedArticles(article, articles)} lang={lang} />
          <WhatChanged article={article} lang={lang} />
          <References sources={references} lang={lang} />
          <WordsOnThisPage terms={terms} lang={lang} />
          <Disclaimer lang={lang} />
          <PrintFooter path={path} lastReviewed={fm.lastReviewed} lang={lang} />
        </div>
      </article>
    );
  }
  return { generateStaticParams, generateMetadata, Page: ArticlePage };
}

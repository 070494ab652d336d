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
import { mdxComponents } from "@/components/mdx";
import { getArticle, getArticles, getGlossary, getReviewer, getShared, getTopicArticles } from "@/lib/content";
import { lastChanged } from "@/lib/content/changes";
import { pageReferences } from "@/lib/content/references";
import { relatedArticles } from "@/lib/content/related";
import { topics } from "@/lib/content/schema";
import { site } from "@/lib/site";
import { articleData } from "@/lib/structured-data";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getArticles()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  const { title, description } = article.frontmatter;
  const path = `/articles/${article.slug}`;
  return {
    title,
    description,
    alternates: { canonical: path },
    // The card is drawn as a .png by the build's static step (lib/build/og-images.ts) from these tags.
    openGraph: {
      type: "article",
      title,
      description,
      url: path,
      siteName: site.siteName,
      section: topics[article.frontmatter.topic].label,
      modifiedTime: lastChanged(article.frontmatter),
      images: [{ url: `/og${path}.png`, width: 1200, height: 630, alt: `${title}: ${topics[article.frontmatter.topic].label}` }],
    },
    // X/Twitter falls back to og:image, so one card image per article serves both.
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const { frontmatter: fm } = article;
  const [glossary, reviewer, articles, hub, safety] = await Promise.all([
    getGlossary(),
    getReviewer(fm.reviewer),
    getArticles(),
    getTopicArticles(fm.topic),
    getShared(),
  ]);
  const references = pageReferences(article, safety);
  const terms = article.facts.terms.map((id) => glossary.find((g) => g.id === id)).filter((g) => g !== undefined);
  const Body = getMDXComponent(article.code);
  return (
    <article>
      <JsonLd data={articleData(article, references)} />
      <Breadcrumbs
        trail={[
          { name: topics[fm.topic].label, path: `/topics/${fm.topic}` },
          { name: fm.title, path: `/articles/${article.slug}` },
        ]}
      />
      <header className="max-w-2xl">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{fm.title}</h1>
        <p className="lead mt-3">{fm.summary}</p>
        {reviewer && (
          <ReviewBox
            lastReviewed={fm.lastReviewed}
            nextReviewDue={fm.nextReviewDue}
            lastUpdated={lastChanged(fm)}
            overdue={article.overdue}
            reviewer={reviewer}
            review={article.review}
          />
        )}
        <UpdatedSinceSent />
      </header>
      <TableOfContents headings={article.facts.headings} />
      {article.facts.uses.length > 0 && <UsesSummary uses={article.facts.uses} />}
      <div className="prose mt-8">
        <Body components={mdxComponents(article, glossary, safety)} />
      </div>
      <div className="max-w-2xl">
        {fm.topic !== "safety" && <BookingCallToAction />}
        <PrevNext article={article} hub={hub} />
        <RelatedTopics articles={relatedArticles(article, articles)} />
        <WhatChanged article={article} />
        <References sources={references} />
        <WordsOnThisPage terms={terms} />
        <Disclaimer />
        <PrintFooter path={`/articles/${article.slug}`} lastReviewed={fm.lastReviewed} />
      </div>
    </article>
  );
}

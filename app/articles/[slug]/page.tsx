import type { Metadata } from "next";
import { getMDXComponent } from "mdx-bundler/client";
import { notFound } from "next/navigation";
import { Disclaimer } from "@/components/article/disclaimer";
import { PrintFooter } from "@/components/article/print-footer";
import { References } from "@/components/article/references";
import { RelatedTopics } from "@/components/article/related-topics";
import { ReviewBox } from "@/components/article/review-box";
import { UsesSummary } from "@/components/article/uses-summary";
import { WordsOnThisPage } from "@/components/article/words-on-this-page";
import { mdxComponents } from "@/components/mdx";
import { getArticle, getArticles, getGlossary, getReviewer } from "@/lib/content";
import { relatedArticles } from "@/lib/content/related";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getArticles()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  return { title: article.frontmatter.title, description: article.frontmatter.description, alternates: { canonical: `/articles/${article.slug}` } };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const { frontmatter: fm } = article;
  const [glossary, reviewer, articles] = await Promise.all([getGlossary(), getReviewer(fm.reviewer), getArticles()]);
  const terms = article.facts.terms.map((id) => glossary.find((g) => g.id === id)).filter((g) => g !== undefined);
  const Body = getMDXComponent(article.code);
  return (
    <article>
      <header className="max-w-2xl">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{fm.title}</h1>
        <p className="lead mt-3">{fm.summary}</p>
        {reviewer && <ReviewBox lastReviewed={fm.lastReviewed} nextReviewDue={fm.nextReviewDue} reviewer={reviewer} />}
      </header>
      {article.facts.uses.length > 0 && <UsesSummary uses={article.facts.uses} />}
      <div className="prose mt-8">
        <Body components={mdxComponents(article, glossary)} />
      </div>
      <div className="max-w-2xl">
        <RelatedTopics articles={relatedArticles(article, articles)} />
        <References sources={fm.sources} />
        <WordsOnThisPage terms={terms} />
        <Disclaimer />
        <PrintFooter path={`/articles/${article.slug}`} lastReviewed={fm.lastReviewed} />
      </div>
    </article>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewPack } from "@/components/review/review-pack";
import { getArticle, getArticles, getGlossary, getShared } from "@/lib/content";
import { pageReferences } from "@/lib/content/references";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getArticles()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  return {
    title: `Review pack: ${article.frontmatter.title}`,
    description: "For the clinic's medical reviewer: every statement with its sources, and the safety data the page shows.",
    // A working document for one person, never a search result.
    robots: { index: false, follow: false },
  };
}

export default async function ReviewPackPage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const [safety, glossary] = await Promise.all([getShared(), getGlossary()]);
  return <ReviewPack article={article} references={pageReferences(article, safety)} safety={safety} glossary={glossary} />;
}

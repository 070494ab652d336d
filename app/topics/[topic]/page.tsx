import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintFooter } from "@/components/article/print-footer";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getTopicArticles } from "@/lib/content";
import { type Topic, topics } from "@/lib/content/schema";

export const dynamicParams = false;

type Props = { params: Promise<{ topic: string }> };

const isTopic = (id: string): id is Topic => id in topics;

export function generateStaticParams() {
  return Object.keys(topics).map((topic) => ({ topic }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { topic } = await params;
  if (!isTopic(topic)) return {};
  return { title: topics[topic].label, description: topics[topic].description, alternates: { canonical: `/topics/${topic}` } };
}

export default async function TopicPage({ params }: Props) {
  const { topic } = await params;
  if (!isTopic(topic)) notFound();
  const articles = await getTopicArticles(topic);
  return (
    <>
      <Breadcrumbs trail={[{ name: topics[topic].label, path: `/topics/${topic}` }]} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{topics[topic].label}</h1>
      <p className="lead mt-3 max-w-2xl">{topics[topic].description}</p>
      <ol className="mt-8 grid max-w-3xl gap-4">
        {articles.map((a) => (
          <li key={a.slug} className="card">
            <a href={`/articles/${a.slug}`} className="text-lg font-semibold">
              {a.frontmatter.title}
            </a>
            <p className="mt-1 text-base">{a.frontmatter.summary}</p>
          </li>
        ))}
      </ol>
      <PrintFooter path={`/topics/${topic}`} />
    </>
  );
}

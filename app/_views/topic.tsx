import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintFooter } from "@/components/article/print-footer";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LanguageSwitch } from "@/components/language-switch";
import { getEdition, getTopicArticles } from "@/lib/content";
import { type Topic, topics } from "@/lib/content/schema";
import { type Lang, localize } from "@/lib/i18n/lang";
import { withAlternates } from "./meta";

type Props = { params: Promise<{ topic: string }> };
const isTopic = (id: string): id is Topic => id in topics;

/** A topic hub: its articles in reading order. */
export function topicView(lang: Lang) {
  const generateStaticParams = () => Object.keys(topics).map((topic) => ({ topic }));
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { topic } = await params;
    if (!isTopic(topic)) return {};
    const text = (await getEdition(lang)).topics[topic];
    return withAlternates(lang, `/topics/${topic}`, { title: text.label, description: text.description });
  }
  async function TopicPage({ params }: Props) {
    const { topic } = await params;
    if (!isTopic(topic)) notFound();
    const [articles, edition] = await Promise.all([getTopicArticles(topic, lang), getEdition(lang)]);
    const text = edition.topics[topic];
    return (
      <>
        <Breadcrumbs trail={[{ name: text.label, path: `/topics/${topic}` }]} lang={lang} />
        <LanguageSwitch lang={lang} path={`/topics/${topic}`} />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{text.label}</h1>
        <p className="lead mt-3 max-w-2xl">{text.description}</p>
        <ol className="mt-8 grid max-w-3xl gap-4">
          {articles.map((a) => (
            <li key={a.slug} className="card">
              <a href={localize(`/articles/${a.slug}`, lang)} className="text-lg font-semibold">
                {a.frontmatter.title}
              </a>
              <p className="mt-1 text-base">{a.frontmatter.summary}</p>
            </li>
          ))}
        </ol>
        <PrintFooter path={`/topics/${topic}`} lang={lang} />
      </>
    );
  }
  return { generateStaticParams, generateMetadata, Page: TopicPage };
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PacketPart } from "@/components/handout/packet-part";
import { getArticle, getArticles, getGlossary, getShared } from "@/lib/content";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getArticles()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return {
    title: article ? `Handout pieces: ${article.frontmatter.title}` : "Handout pieces",
    description: "The pieces a handout packet is made from: the whole article and each of its sections, with their sources.",
    robots: { index: false, follow: false },
  };
}

/**
 * Every piece of one article a packet can hold: the whole article and each section. A packet put
 * together in the browser (/handout?items=…) fetches this page and takes the pieces it needs.
 */
export default async function PacketPartsPage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const [glossary, shared] = await Promise.all([getGlossary(), getShared()]);
  return (
    <article data-pagefind-ignore="all">
      <h1 className="text-3xl font-bold">Handout pieces: {article.frontmatter.title}</h1>
      <p className="lead mt-3">For handout packets. Read the article itself at its own address.</p>
      <PacketPart article={article} section={null} glossary={glossary} shared={shared} />
      {/* Each section, and each old id of a renamed section, so packet links made before the rename still work. */}
      {[...article.facts.headings.map((h) => h.id), ...Object.keys(article.frontmatter.formerAnchors)].map((id) => (
        <PacketPart key={id} article={article} section={id} glossary={glossary} shared={shared} />
      ))}
    </article>
  );
}

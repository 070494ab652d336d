import { ImageResponse } from "next/og";
import { getArticle, getArticles } from "@/lib/content";
import { topics } from "@/lib/content/schema";
import { site } from "@/lib/site";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The article's title and topic";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getArticles()).map((a) => ({ slug: a.slug }));
}

/** A share card per article, drawn at build time with next/og's bundled font (no network). */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = (await getArticle((await params).slug))!;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#005a70", color: "#fff" }}>
        <div style={{ fontSize: 34, opacity: 0.9 }}>{topics[article.frontmatter.topic].label}</div>
        <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>{article.frontmatter.title}</div>
        <div style={{ fontSize: 30 }}>{site.siteName}</div>
      </div>
    ),
    size,
  );
}

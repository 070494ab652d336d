import type { Metadata } from "next";
import { getMDXComponent } from "mdx-bundler/client";
import { notFound } from "next/navigation";
import { PrintFooter } from "@/components/article/print-footer";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JsonLd } from "@/components/json-ld";
import { mdxComponents } from "@/components/mdx";
import { getPage, getPages, getShared } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { clinicData } from "@/lib/structured-data";

export const dynamicParams = false;

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  return (await getPages()).map((p) => ({ page: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPage((await params).page);
  if (!page) return {};
  return { title: page.frontmatter.title, description: page.frontmatter.description, alternates: { canonical: `/${page.slug}` } };
}

/** Site pages from content/pages/: contact, privacy, editorial policy, disclaimer, accessibility. */
export default async function SitePage({ params }: Props) {
  const page = await getPage((await params).page);
  if (!page) notFound();
  const Body = getMDXComponent(page.code);
  return (
    <article className="max-w-2xl">
      {page.slug === "contact" && <JsonLd data={clinicData()} />}
      <Breadcrumbs trail={[{ name: page.frontmatter.title, path: `/${page.slug}` }]} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.frontmatter.title}</h1>
      <p className="mt-2 text-base text-[color:var(--color-muted)]">
        Last updated <time dateTime={page.frontmatter.lastUpdated}>{formatDate(page.frontmatter.lastUpdated)}</time>
      </p>
      <div className="prose mt-6">
        <Body components={mdxComponents(null, [], await getShared())} />
      </div>
      <PrintFooter path={`/${page.slug}`} />
    </article>
  );
}

import type { Metadata } from "next";
import { getMDXComponent } from "mdx-bundler/client";
import { notFound } from "next/navigation";
import { PrintFooter } from "@/components/article/print-footer";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JsonLd } from "@/components/json-ld";
import { LanguageSwitch } from "@/components/language-switch";
import { mdxComponents } from "@/components/mdx";
import { getEdition, getPage, getShared } from "@/lib/content";
import { formatDate, type Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { clinicData } from "@/lib/structured-data";
import { GapPage, gapFor } from "./gap";
import { withAlternates } from "./meta";

type Props = { params: Promise<{ page: string }> };

/** Site pages from content/pages/ (or their translation): contact, privacy, editorial policy, disclaimer, accessibility. */
export function sitePageView(lang: Lang) {
  async function generateStaticParams() {
    const edition = await getEdition(lang);
    return [...edition.pages.map((p) => p.slug), ...edition.gaps.pages.map((g) => g.slug)].map((page) => ({ page }));
  }
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const slug = (await params).page;
    const page = await getPage(slug, lang);
    if (!page) {
      const gap = await gapFor(lang, "pages", slug);
      return gap ? { title: gap.title, robots: { index: false, follow: true }, alternates: { canonical: `/${slug}` } } : {};
    }
    return withAlternates(lang, `/${page.slug}`, { title: page.frontmatter.title, description: page.frontmatter.description });
  }
  async function SitePage({ params }: Props) {
    const slug = (await params).page;
    const page = await getPage(slug, lang);
    if (!page) {
      const gap = await gapFor(lang, "pages", slug);
      if (!gap) notFound();
      return <GapPage lang={lang} path={`/${slug}`} title={gap.title} reason={gap.reason} />;
    }
    const Body = getMDXComponent(page.code);
    const behind = (await getEdition(lang)).behind.get(`/${page.slug}`);
    return (
      <article className="max-w-2xl">
        {page.slug === "contact" && <JsonLd data={clinicData(lang)} />}
        <Breadcrumbs trail={[{ name: page.frontmatter.title, path: `/${page.slug}` }]} lang={lang} />
        <LanguageSwitch lang={lang} path={`/${page.slug}`} />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.frontmatter.title}</h1>
        <p className="mt-2 text-base text-[color:var(--color-muted)]">
          {t(lang).page.lastUpdated} <time dateTime={page.frontmatter.lastUpdated}>{formatDate(page.frontmatter.lastUpdated, lang)}</time>
        </p>
        {behind && <TranslationBehind lang={lang} path={`/${page.slug}`} date={behind} />}
        <div className="prose mt-6">
          <Body components={mdxComponents(null, [], await getShared(lang), lang)} />
        </div>
        <PrintFooter path={`/${page.slug}`} lang={lang} />
      </article>
    );
  }
  return { generateStaticParams, generateMetadata, Page: SitePage };
}

/** On a translation the English has moved past: says so, with the date, and links to the English page. */
export function TranslationBehind({ lang, path, date }: { lang: Lang; path: string; date: string }) {
  const m = t(lang).article;
  return (
    <p className="callout callout-warning mt-4 translation-behind" data-pagefind-ignore="">
      {m.translationBehind(formatDate(date, lang))}{" "}
      <a href={path} hrefLang="en">
        {m.translationBehindLink}
      </a>
    </p>
  );
}

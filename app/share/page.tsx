import type { Metadata } from "next";
import { ShareList, type ShareItem } from "@/components/share-list";
import { getArticles } from "@/lib/content";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: "Share links (for clinic staff)",
  description: "Links to every article and section, with email-ready snippets, for clinic staff to paste into follow-up emails.",
  robots: { index: false, follow: false },
  alternates: { canonical: "/share" },
};

export default async function SharePage() {
  const items: ShareItem[] = (await getArticles()).map((a) => {
    const url = `${site.siteUrl}/articles/${a.slug}`;
    return {
      title: a.frontmatter.title,
      summary: a.frontmatter.summary,
      url,
      sections: a.facts.headings.map((h) => ({ ...h, url: `${url}#${h.id}` })),
    };
  });
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Share links</h1>
      <p className="lead mt-3 max-w-2xl">
        For clinic staff: copy a link to any article or section, or an email-ready snippet, to paste into a follow-up email. These links are
        permanent.
      </p>
      <ShareList items={items} />
    </>
  );
}

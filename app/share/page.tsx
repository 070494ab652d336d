import type { Metadata } from "next";
import { ShareList, type ShareItem } from "@/components/share-list";
import { getArticles, getPackets } from "@/lib/content";
import { contentToday } from "@/lib/content/options";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: "Share links (for clinic staff)",
  description: "Links to every article and section, with email-ready snippets, notes for the record and handout packets, for clinic staff.",
  robots: { index: false, follow: false },
  alternates: { canonical: "/share" },
};

export default async function SharePage() {
  const items: ShareItem[] = (await getArticles()).map((a) => {
    const url = `${site.siteUrl}/articles/${a.slug}`;
    return {
      slug: a.slug,
      title: a.frontmatter.title,
      summary: a.frontmatter.summary,
      lastReviewed: a.frontmatter.lastReviewed,
      url,
      sections: a.facts.headings.map((h) => ({ ...h, url: `${url}#${h.id}` })),
    };
  });
  const packets = (await getPackets()).map((p) => ({ ...p, url: `${site.siteUrl}/handout/${p.id}` }));
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Share links</h1>
      <p className="lead mt-3 max-w-2xl">
        For clinic staff: copy a link to any article or section, an email-ready snippet or a note for the patient’s record, or put several
        into one printable packet. These links are permanent. Each one carries the day it was made (<code>?sent=</code>), so a patient who
        opens it later sees what has changed since.
      </p>
      {/* The build's date until the enhancement script puts in today's: the page as built is what the links point to. */}
      <ShareList items={items} packets={packets} sent={contentToday()} />
    </>
  );
}

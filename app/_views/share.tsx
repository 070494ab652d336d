import type { Metadata } from "next";
import { LanguageSwitch } from "@/components/language-switch";
import { ShareList, type ShareItem } from "@/components/share-list";
import { getArticles, getPackets } from "@/lib/content";
import { contentToday } from "@/lib/content/options";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { site } from "@/lib/site";
import { withAlternates } from "./meta";

/** The staff page: a link, snippet and note for the record for every article and section, and packets. */
export function shareView(lang: Lang) {
  const m = t(lang).share;
  const generateMetadata = (): Promise<Metadata> =>
    withAlternates(lang, "/share", { title: m.title, description: m.description, robots: { index: false, follow: false } });
  async function SharePage() {
    const items: ShareItem[] = (await getArticles(lang)).map((a) => {
      const url = `${site.siteUrl}${localize(`/articles/${a.slug}`, lang)}`;
      return {
        slug: a.slug,
        title: a.frontmatter.title,
        summary: a.frontmatter.summary,
        lastReviewed: a.frontmatter.lastReviewed,
        url,
        sections: a.facts.headings.map((h) => ({ ...h, url: `${url}#${h.id}` })),
      };
    });
    const packets = (await getPackets(lang)).map((p) => ({ ...p, url: `${site.siteUrl}${localize(`/handout/${p.id}`, lang)}` }));
    return (
      <>
        <LanguageSwitch lang={lang} path="/share" />
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{m.h1}</h1>
        <p className="lead mt-3 max-w-2xl">
          {m.lead}
          <code>?sent=</code>
          {m.leadAfter}
        </p>
        {/* The build's date until the enhancement script puts in today's: the page as built is what the links point to. */}
        <ShareList items={items} packets={packets} sent={contentToday()} lang={lang} />
      </>
    );
  }
  return { generateMetadata, Page: SharePage };
}

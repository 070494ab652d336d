import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PacketFrame } from "@/components/handout/packet-frame";
import { PacketPart } from "@/components/handout/packet-part";
import { getArticle, getArticles, getGlossary, getPackets, getShared } from "@/lib/content";
import { articleFor } from "@/lib/content/packets";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { parsePacketItem } from "@/lib/packet-items";
import { site } from "@/lib/site";
import { withAlternates } from "./meta";

/**
 * A packet staff put together on /share: /handout?items=<slug>[:<section-id>],…&sent=YYYY-MM-DD. The page
 * is static; the enhancement script reads the items, fetches their pieces from /handout/parts/<slug> (in
 * the page's language) and adds the packet's QR code. Items it cannot find are named, never dropped in silence.
 */
export function handoutView(lang: Lang) {
  const m = t(lang).handout;
  const generateMetadata = (): Promise<Metadata> =>
    withAlternates(lang, "/handout", { title: m.title, description: m.description, robots: { index: false, follow: false } });
  async function HandoutPage() {
    const [packets, articles] = await Promise.all([getPackets(lang), getArticles(lang)]);
    return (
      <PacketFrame title={m.title} intro={<p>{m.intro}</p>} url={null} lang={lang}>
        {/* The articles that have pieces: an unknown slug is named as not found without asking the server. */}
        <div
          data-packet-items=""
          data-site={site.siteUrl}
          data-prefix={localize("/", lang) === "/" ? "" : localize("/", lang)}
          data-slugs={articles.map((a) => a.slug).join(" ")}
          data-former={articles.flatMap((a) => a.frontmatter.formerSlugs.map((old) => `${old}:${a.slug}`)).join(" ")}
          data-enhance=""
          aria-live="polite"
        >
          <div data-packet-waiting="" className="callout mt-6">
            <p>{m.needsScript}</p>
            <ul className="mt-2 list-disc pl-6">
              {packets.map((p) => (
                <li key={p.id}>
                  <a href={localize(`/handout/${p.id}`, lang)}>{p.title}</a>
                </li>
              ))}
              <li>
                <a href={localize("/#topics", lang)}>{m.allTopics}</a>
              </li>
            </ul>
          </div>
          <div data-packet-missing="" className="callout callout-warning mt-6" hidden>
            <p>
              <strong>{m.notFoundStrong}</strong> {m.notFoundText}
            </p>
            <ul className="mt-2 list-disc pl-6" />
          </div>
          <p data-packet-empty="" className="callout mt-6" hidden>
            {m.empty}
          </p>
        </div>
      </PacketFrame>
    );
  }
  return { generateMetadata, Page: HandoutPage };
}

type PacketProps = { params: Promise<{ packet: string }> };

/** A ready-made packet (content/packets.yaml): built in full at build time, so it works without JavaScript. */
export function packetView(lang: Lang) {
  const m = t(lang).handout;
  const find = async (id: string) => (await getPackets(lang)).find((p) => p.id === id) ?? null;
  async function generateStaticParams() {
    return (await getPackets(lang)).map((p) => ({ packet: p.id }));
  }
  async function generateMetadata({ params }: PacketProps): Promise<Metadata> {
    const packet = await find((await params).packet);
    if (!packet) return {};
    return withAlternates(lang, `/handout/${packet.id}`, {
      title: m.packetTitle(packet.title),
      description: packet.description,
      // The same text as the articles it is made of: the articles are what search engines should show.
      robots: { index: false, follow: true },
    });
  }
  async function ReadyMadePacketPage({ params }: PacketProps) {
    const packet = await find((await params).packet);
    if (!packet) notFound();
    const [glossary, shared, articles] = await Promise.all([getGlossary(lang), getShared(lang), getArticles(lang)]);
    const items = packet.items.map((item) => ({ item, ...parsePacketItem(item) }));
    return (
      <PacketFrame
        title={packet.title}
        intro={
          <p>
            {packet.description} {m.printToGive}
          </p>
        }
        url={`${site.siteUrl}${localize(`/handout/${packet.id}`, lang)}`}
        lang={lang}
      >
        {items.map(({ item, slug, section }) => {
          // Items were checked against the articles (and their former slugs) when the content was loaded;
          // a translation without the article (a gap) leaves the piece out of its packet.
          const article = articleFor(slug, articles);
          return article && <PacketPart key={item} article={article} section={section} glossary={glossary} shared={shared} lang={lang} />;
        })}
      </PacketFrame>
    );
  }
  return { generateStaticParams, generateMetadata, Page: ReadyMadePacketPage };
}

type PartsProps = { params: Promise<{ slug: string }> };

/**
 * Every piece of one article a packet can hold: the whole article and each section. A packet put
 * together in the browser (/handout?items=…) fetches this page and takes the pieces it needs.
 */
export function partsView(lang: Lang) {
  const m = t(lang).handout;
  async function generateStaticParams() {
    return (await getArticles(lang)).map((a) => ({ slug: a.slug }));
  }
  async function generateMetadata({ params }: PartsProps): Promise<Metadata> {
    const article = await getArticle((await params).slug, lang);
    return {
      title: article ? m.piecesTitle(article.frontmatter.title) : m.piecesTitle(""),
      description: m.piecesDescription,
      robots: { index: false, follow: false },
    };
  }
  async function PacketPartsPage({ params }: PartsProps) {
    const article = await getArticle((await params).slug, lang);
    if (!article) notFound();
    const [glossary, shared] = await Promise.all([getGlossary(lang), getShared(lang)]);
    return (
      <article data-pagefind-ignore="all">
        <h1 className="text-3xl font-bold">{m.piecesTitle(article.frontmatter.title)}</h1>
        <p className="lead mt-3">{m.piecesLead}</p>
        <PacketPart article={article} section={null} glossary={glossary} shared={shared} lang={lang} />
        {/* Each section, and each old id of a renamed section, so packet links made before the rename still work. */}
        {[...article.facts.headings.map((h) => h.id), ...Object.keys(article.frontmatter.formerAnchors)].map((id) => (
          <PacketPart key={id} article={article} section={id} glossary={glossary} shared={shared} lang={lang} />
        ))}
      </article>
    );
  }
  return { generateStaticParams, generateMetadata, Page: PacketPartsPage };
}

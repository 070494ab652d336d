import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PacketFrame } from "@/components/handout/packet-frame";
import { PacketPart } from "@/components/handout/packet-part";
import { getArticles, getGlossary, getPackets, getShared } from "@/lib/content";
import { articleFor } from "@/lib/content/packets";
import { parsePacketItem } from "@/lib/packet-items";
import { site } from "@/lib/site";

export const dynamicParams = false;

type Props = { params: Promise<{ packet: string }> };

export async function generateStaticParams() {
  return (await getPackets()).map((p) => ({ packet: p.id }));
}

const find = async (id: string) => (await getPackets()).find((p) => p.id === id) ?? null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const packet = await find((await params).packet);
  if (!packet) return {};
  return {
    title: `Handout: ${packet.title}`,
    description: packet.description,
    // The same text as the articles it is made of: the articles are what search engines should show.
    robots: { index: false, follow: true },
    alternates: { canonical: `/handout/${packet.id}` },
  };
}

/** A ready-made packet (content/packets.yaml): built in full at build time, so it works without JavaScript. */
export default async function ReadyMadePacketPage({ params }: Props) {
  const packet = await find((await params).packet);
  if (!packet) notFound();
  const [glossary, shared, articles] = await Promise.all([getGlossary(), getShared(), getArticles()]);
  const items = packet.items.map((item) => ({ item, ...parsePacketItem(item) }));
  return (
    <PacketFrame
      title={packet.title}
      intro={<p>{packet.description} Print this page to give it as one handout.</p>}
      url={`${site.siteUrl}/handout/${packet.id}`}
    >
      {items.map(({ item, slug, section }) => (
        // Items were checked against the articles (and their former slugs) when the content was loaded.
        <PacketPart key={item} article={articleFor(slug, articles)!} section={section} glossary={glossary} shared={shared} />
      ))}
    </PacketFrame>
  );
}

// The form of a handout packet item, in one place for the content check (content/packets.yaml), the
// ready-made packet pages and the browser, which reads items from /handout?items=… .

/** A whole article ("<slug>") or one of its sections ("<slug>:<section-id>"). */
export const packetItemPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/** One item of a packet, parsed: a whole article, or one of its sections. */
export interface PacketItem {
  slug: string;
  section: string | null;
}

export const parsePacketItem = (item: string): PacketItem => {
  const [slug = "", section = null] = item.split(":");
  return { slug, section };
};

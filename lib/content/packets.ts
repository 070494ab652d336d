import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type PacketItem, parsePacketItem } from "@/lib/packet-items";
import type { Problem } from "./problems";
import { type Packet, packetsFileSchema } from "./schema";
import type { Article } from "./types";
import { parseYaml } from "./yaml-file";

/** Ids a ready-made packet may not take: /handout/parts/<slug> holds the pieces packets are made from. */
export const reservedPacketIds = new Set(["parts"]);

/** The article an item names, by its slug or a slug it had before (formerSlugs), so old packet links keep working. */
export const articleFor = <A extends Pick<Article, "slug" | "frontmatter">>(slug: string, articles: A[]): A | undefined =>
  articles.find((a) => a.slug === slug) ?? articles.find((a) => a.frontmatter.formerSlugs.includes(slug));

/** Why an item cannot be shown, or null when it can; a renamed section counts as found. */
export function packetItemProblem(item: PacketItem, articles: Pick<Article, "slug" | "facts" | "frontmatter">[]): string | null {
  const article = articleFor(item.slug, articles);
  if (!article) return `no article "${item.slug}"`;
  if (item.section === null) return null;
  const ids = [...article.facts.headings.map((h) => h.id), ...Object.keys(article.frontmatter.formerAnchors)];
  return ids.includes(item.section) ? null : `"${item.slug}" has no section "${item.section}"`;
}

/** content/packets.yaml: every item must name a published article and a section it has. */
export function loadPackets(
  root: string,
  articles: Pick<Article, "slug" | "facts" | "frontmatter">[],
  problems: Problem[],
  /** Every article file's slug: one that failed its own check was reported there, and is not reported again here. */
  files: ReadonlySet<string>,
): Packet[] {
  const file = join(root, "content", "packets.yaml");
  // The site always offers at least one ready-made packet (/handout/<id> is a page of the static export).
  if (!existsSync(file)) {
    problems.push({ file, message: "expected this file, with at least one ready-made handout packet (see content/README.md)" });
    return [];
  }
  const result = parseYaml(file, readFileSync(file, "utf8"), packetsFileSchema);
  if (!result.ok) {
    problems.push(...result.problems);
    return [];
  }
  const published = articles.filter((a) => !a.frontmatter.draft);
  const seen = new Set<string>();
  result.data.packets.forEach((packet, i) => {
    const at = (path: (string | number)[], message: string) =>
      problems.push({
        file,
        line: result.lineOf(["packets", i, ...path]),
        field: `packets[${i}]${path.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("")}`,
        message,
      });
    if (reservedPacketIds.has(packet.id)) at(["id"], `"${packet.id}" is used by the site itself: choose another id`);
    if (seen.has(packet.id)) at(["id"], `duplicate packet id "${packet.id}"`);
    seen.add(packet.id);
    packet.items.forEach((item, j) => {
      const parsed = parsePacketItem(item);
      if (files.has(parsed.slug) && !articleFor(parsed.slug, articles)) return;
      const problem = packetItemProblem(parsed, published);
      if (problem) at(["items", j], `${problem}: expected <article-slug> or <article-slug>:<section-id> of a published article`);
    });
  });
  return result.data.packets;
}

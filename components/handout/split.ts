import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";
import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { safetySourcesOf } from "@/lib/content/safety";
import type { SafetyUse, SharedData } from "@/lib/content/types";

type Components = NonNullable<MDXContentProps["components"]>;
type Props = { id?: string; group?: string; groups?: string; list?: string; children?: ReactNode };

/** The compiled body's top-level blocks (headings, paragraphs, components), rendered with the given map. */
export function bodyBlocks(code: string, components: Components): ReactNode[] {
  const Body = getMDXComponent(code);
  const root = Body({ components }) as ReactElement<{ children?: ReactNode }>;
  return Children.toArray(root.props.children);
}

/** A block that starts a section: a ## or ### heading, or a <Use> (a ### section of its own). */
function sectionStart(node: ReactNode, c: Components): { id: string; depth: 2 | 3 } | null {
  if (!isValidElement<Props>(node) || !node.props.id) return null;
  if (node.type === c.h2) return { id: node.props.id, depth: 2 };
  if (node.type === c.h3 || node.type === c.Use) return { id: node.props.id, depth: 3 };
  return null;
}

/** One section's blocks: from its heading up to the next heading at the same or a higher level; null if it has none. */
export function sectionBlocks(blocks: ReactNode[], id: string, c: Components): ReactNode[] | null {
  const start = blocks.findIndex((b) => sectionStart(b, c)?.id === id);
  if (start < 0) return null;
  const depth = sectionStart(blocks[start], c)!.depth;
  const end = blocks.findIndex((b, i) => i > start && (sectionStart(b, c)?.depth ?? 9) <= depth);
  return blocks.slice(start, end < 0 ? undefined : end);
}

/** Whether a block is a plain ## or ### heading (a packet shows the section's title itself). */
export const isHeading = (node: ReactNode, c: Components) => isValidElement(node) && (node.type === c.h2 || node.type === c.h3);

/** The source ids the blocks cite, directly or through the safety data and figures they show. */
export function sourcesIn(blocks: ReactNode[], c: Components, shared: SharedData): Set<string> {
  const ids = new Set<string>();
  const addUse = (u: SafetyUse) => safetySourcesOf(shared, u).forEach((id) => ids.add(id));
  const walk = (node: ReactNode) => {
    if (!isValidElement<Props>(node)) return;
    const p = node.props;
    if (node.type === c.Cite && p.id) ids.add(p.id);
    if (node.type === c.Figure && p.id) shared.figures.find((f) => f.id === p.id)?.sources.forEach((id) => ids.add(id));
    if (node.type === c.RedFlags && p.group) addUse({ component: "RedFlags", id: p.group });
    if (node.type === c.RedFlagSummary && p.groups) p.groups.split(" ").forEach((id) => addUse({ component: "RedFlagSummary", id }));
    if (node.type === c.SafetyList && p.list) addUse({ component: "SafetyList", id: p.list });
    Children.forEach(p.children, walk);
  };
  blocks.forEach(walk);
  return ids;
}

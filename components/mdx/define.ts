import type { z } from "zod";
import type { RuleContext } from "@/lib/content/types";

/** The kinds of document whose bodies may use components (glossary entries use none). */
export type DocumentKind = "articles" | "pages";

/** What a component's body rule sees of one use of it. */
export interface ComponentUse<P> {
  /** The props, already validated by the component's schema. */
  props: P;
  /** True when the element wraps some text. */
  hasText: boolean;
  /** True when the element has any children at all. */
  hasChildren: boolean;
  line: number | undefined;
  /** The document's context: its ids, and the facts the rules record. */
  ctx: RuleContext;
  /** Reports a problem at this element, optionally naming a prop ("<Cite> id"). */
  problem(message: string, field?: string): void;
  /** Registers a section id the component renders, checked for clashes like a heading's. */
  addAnchor(id: string, text: string): void;
}

/** One named example of a component in use: the unit tests, the gallery page and the guide all use it. */
export interface ComponentExample {
  name: string;
  /** MDX, as an author writes it. It may use ids that exist in the real content. */
  mdx: string;
  /** Text the rendered example must contain. */
  shows: string[];
}

/** Everything about one MDX component except its renderer: the registry feeds lib/content and the docs. */
export interface ComponentSpec<N extends string = string, P extends z.ZodType = z.ZodType> {
  name: N;
  /** How an author writes it, for the guide: `<Cite id="source-id" />`. */
  usage: string;
  /** One or two sentences for the authors' guide. */
  summary: string;
  allowedIn: readonly DocumentKind[];
  /** Props, each with `.describe()` text. Unknown props are errors. */
  props: P;
  /** Rules beyond the props, run at every use. */
  check?: (use: ComponentUse<z.infer<P>>) => void;
  examples: ComponentExample[];
}

export const defineComponent = <N extends string, P extends z.ZodType>(spec: ComponentSpec<N, P>) => spec;

import type { Heading, Link, Root, RootContent, Text } from "mdast";
import type {} from "mdast-util-mdx";
import type {} from "mdast-util-to-hast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { componentPropSchemas, type ComponentName, kebabId, type RedFlagAction } from "./schema";
import type { Problem } from "./problems";
import type { DocumentFacts, SafetyUse, UseClaim } from "./types";

export interface RuleContext {
  file: string;
  /** Components allowed in this kind of document (glossary entries allow none). */
  components: readonly ComponentName[];
  /** Source ids from the frontmatter, for `<Cite>`. */
  sourceIds: ReadonlySet<string>;
  /** Every glossary id, for `<Term>`. */
  glossaryIds: ReadonlySet<string>;
  /** Red-flag group ids with their actions, and safety list ids, from content/safety/. */
  safetyIds: { groups: ReadonlyMap<string, RedFlagAction> | null; lists: ReadonlySet<string> | null };
  problems: Problem[];
  facts: DocumentFacts;
}

export const emptyFacts = (): DocumentFacts => ({ headings: [], terms: [], cites: [], uses: [], links: [], safety: [], statements: [] });

/** Ids the page layout uses (skip link, summary, references, citations, definitions). */
export const reservedIds = new Set(["main", "at-a-glance", "references", "related", "contents", "next-step", "words-on-this-page"]);

const trailingId = /\s*\{#([^}]*)\}\s*$/;
const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

/**
 * MDX's parser reads `{#id}` as a JavaScript expression, so heading ids are escaped (`\{#id}`) before
 * parsing; the rule below then finds them as plain text. Lines and columns are unchanged.
 */
export function escapeHeadingIds(source: string): string {
  let fenced = false;
  return source
    .split("\n")
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced || !/^#{1,6}\s/.test(line)) return line;
      return line.replace(/\{#([^}]*)\}(\s*)$/, "\\{#$1}$2");
    })
    .join("\n");
}

/** The remark plugin that enforces the authoring rules and records the document's facts. */
export function remarkContentRules(ctx: RuleContext) {
  const problem = (node: { position?: { start: { line: number } } } | undefined, message: string, field?: string) =>
    ctx.problems.push({ file: ctx.file, line: node?.position?.start.line, field, message });
  const ids = new Set<string>();
  const addAnchor = (node: RootContent, id: string, text: string, depth: 2 | 3) => {
    if (reservedIds.has(id) || /^(ref|def|rf|sl)-/.test(id)) problem(node, `anchor id "${id}" is used by the page itself: choose another`);
    else if (ids.has(id)) problem(node, `duplicate anchor id "${id}": every section needs its own`);
    ids.add(id);
    ctx.facts.headings.push({ depth, id, text });
  };

  // Within a ## section that lists uses, every ### must be a <Use>, so every use shows its evidence level.
  let section = { hasUse: false, plainSubheadings: [] as Heading[] };
  const closeSection = () => {
    if (section.hasUse) {
      for (const h of section.plainSubheadings) {
        problem(h, `### heading "${toString(h).replace(trailingId, "").trim()}" is in a section that lists uses: write it as <Use id=… title=… evidence=… where=…> so it shows its evidence level`);
      }
    }
    section = { hasUse: false, plainSubheadings: [] };
  };

  return () => (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === "heading" && node.depth <= 2) closeSection();
      if (node.type === "heading" && node.depth === 3) section.plainSubheadings.push(node);
      if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Use") section.hasUse = true;
      switch (node.type) {
        case "heading":
          checkHeading(node);
          break;
        case "mdxjsEsm":
          // mdx-bundler adds an unpositioned `export const frontmatter`; only the author's lines count.
          if (node.position) problem(node, "import and export lines are not allowed in content: use the registered components, which need no import");
          break;
        case "mdxFlowExpression":
        case "mdxTextExpression":
          if (!isComment(node.value)) problem(node, `{…} expressions are not allowed in content (found "{${node.value.trim().slice(0, 40)}}"); to show a brace, write \\{`);
          break;
        case "mdxJsxFlowElement":
        case "mdxJsxTextElement":
          checkComponent(node);
          break;
        case "link":
          recordLink(node);
          break;
        case "paragraph":
        case "tableRow":
          recordStatement(node);
          break;
      }
    });
    closeSection();
  };

  function checkHeading(node: Heading) {
    if (node.depth === 1) {
      problem(node, "a # heading is not allowed in the body: the page title is the h1; start sections at ##");
      return;
    }
    if (node.depth > 3) return;
    const tail = node.children.at(-1);
    const last: Text | undefined = tail?.type === "text" ? tail : undefined;
    const match = last ? trailingId.exec(last.value) : null;
    const text = toString(node).replace(trailingId, "").trim();
    if (!match || !last) {
      const suggestion = text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      problem(node, `heading "${text}" needs an explicit anchor id: end it with {#${suggestion}}`);
      return;
    }
    const id = match[1] ?? "";
    last.value = last.value.replace(trailingId, "");
    if (!kebabId.safeParse(id).success) {
      problem(node, `anchor id "${id}" of heading "${text}": expected lower-case words joined by hyphens`);
      return;
    }
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    addAnchor(node, id, text, node.depth as 2 | 3);
  }

  function checkComponent(node: MdxJsxFlowElement | MdxJsxTextElement) {
    const name = node.name;
    if (!name) return problem(node, "fragments (<>…</>) are not allowed");
    if (!(ctx.components as readonly string[]).includes(name)) {
      const allowed = ctx.components.length ? `use one of ${ctx.components.map((c) => `<${c}>`).join(", ")}` : "this kind of file allows no components";
      return problem(node, `unknown component <${name}>: ${allowed}`);
    }
    const props: Record<string, string> = {};
    for (const attr of node.attributes) {
      if (attr.type !== "mdxJsxAttribute") return problem(node, `<${name}>: spread attributes ({...}) are not allowed`);
      if (typeof attr.value !== "string") return problem(node, `<${name}> ${(attr as MdxJsxAttribute).name}: write the value as text in quotes, e.g. ${attr.name}="…"`);
      props[attr.name] = attr.value;
    }
    const parsed = componentPropSchemas[name as ComponentName].safeParse(props);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const prop = issue.path.join(".");
        const got = prop in props ? ` (got "${props[prop]}")` : "";
        const message =
          issue.code === "unrecognized_keys" ? `unknown prop${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}` : prop in props ? `${issue.message}${got}` : "is required";
        problem(node, message, `<${name}>${prop ? ` ${prop}` : ""}`);
      }
      return;
    }
    const hasText = toString(node).trim().length > 0;
    switch (name as ComponentName) {
      case "Cite":
        if (!ctx.sourceIds.has(props.id!)) problem(node, `unknown source "${props.id}": expected an id from the frontmatter's sources or content/safety/sources.yaml`, "<Cite> id");
        else if (!ctx.facts.cites.includes(props.id!)) ctx.facts.cites.push(props.id!);
        if (node.children.length) problem(node, "<Cite> takes no content: write <Cite id=\"…\" />");
        break;
      case "Term":
        if (!ctx.glossaryIds.has(props.id!)) problem(node, `unknown glossary term "${props.id}": add content/glossary/${props.id}.mdx or use an existing id`, "<Term> id");
        else if (!ctx.facts.terms.includes(props.id!)) ctx.facts.terms.push(props.id!);
        if (!hasText) problem(node, "<Term> needs the words to mark, e.g. <Term id=\"serum\">blood serum</Term>");
        break;
      case "Use": {
        const use = parsed.data as UseClaim;
        ctx.facts.uses.push(use);
        addAnchor(node, use.id, use.title, 3);
        if (!hasText) problem(node, "<Use> needs a description of the use and its evidence inside it");
        break;
      }
      case "Callout":
        if (!hasText) problem(node, `<${name}> needs content inside it`);
        break;
      case "RedFlags":
      case "SafetyList":
      case "RedFlagSummary":
        checkSafety(node, name as "RedFlags" | "SafetyList" | "RedFlagSummary", props);
        break;
    }
  }

  function checkSafety(node: MdxJsxFlowElement | MdxJsxTextElement, name: "RedFlags" | "SafetyList" | "RedFlagSummary", props: Record<string, string>) {
    const line = node.position?.start.line;
    if (node.children.length) problem(node, `<${name}> takes no content: its text comes from content/safety/`);
    const { groups, lists } = ctx.safetyIds;
    const shown = (id: string) => ctx.facts.safety.some((use) => use.component === name && use.id === id && name !== "RedFlagSummary");
    if (name === "SafetyList") {
      if (!lists) return;
      if (shown(props.list!)) problem(node, `the safety list "${props.list}" is already shown on this page: show it once and link to it`, "<SafetyList> list");
      else if (lists.has(props.list!)) ctx.facts.safety.push({ component: name, id: props.list!, line });
      else problem(node, `unknown safety list "${props.list}": expected one of the list ids in content/safety/lists.yaml (${[...lists].join(", ")})`, "<SafetyList> list");
      return;
    }
    if (!groups) return;
    const ids = name === "RedFlags" ? [props.group!] : props.groups!.split(" ");
    const field = name === "RedFlags" ? "<RedFlags> group" : "<RedFlagSummary> groups";
    const unknown = ids.filter((id) => !groups.has(id));
    for (const id of unknown) problem(node, `unknown red-flag group "${id}": expected one of the group ids in content/safety/red-flags.yaml (${[...groups.keys()].join(", ")})`, field);
    if (unknown.length) return;
    if (name === "RedFlags" && shown(ids[0]!)) return problem(node, `the red-flag group "${ids[0]}" is already shown on this page: show it once and link to it`, field);
    const actions = new Set(ids.map((id) => groups.get(id)));
    if (actions.size > 1) return problem(node, `the groups ${ids.join(", ")} ask for different actions (${[...actions].join(", ")}): a summary card shows one action, so use one <RedFlagSummary> per action`, field);
    for (const id of ids) ctx.facts.safety.push({ component: name, id, line });
  }

  function recordStatement(node: RootContent) {
    const text = toString(node).replace(/\s+/g, " ").trim();
    if (!text) return;
    const cites: string[] = [];
    visit(node, (child) => {
      if (child.type === "mdxJsxTextElement" && child.name === "Cite") {
        const id = child.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
        if (typeof id === "string" && !cites.includes(id)) cites.push(id);
      }
    });
    ctx.facts.statements.push({ text, cites, line: node.position?.start.line });
  }

  function recordLink(node: Link) {
    if (node.url.startsWith("/") || node.url.startsWith("#")) ctx.facts.links.push({ href: node.url, line: node.position?.start.line });
    else if (!/^(https|mailto|tel):/.test(node.url)) problem(node, `link "${node.url}": expected a site path (/articles/…), an https:// URL, mailto: or tel:`);
  }
}

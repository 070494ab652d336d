import type { Heading, Link, Root, RootContent, Text } from "mdast";
import type {} from "mdast-util-mdx";
import type {} from "mdast-util-to-hast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { specOf } from "@/components/mdx/registry";
import { reservedIdPrefixes, reservedIds } from "@/lib/routes";
import { kebabId } from "./schema";
import type { ComponentUse } from "@/components/mdx/define";
import type { DocumentFacts, RuleContext } from "./types";

export const emptyFacts = (): DocumentFacts => ({
  headings: [],
  terms: [],
  cites: [],
  uses: [],
  links: [],
  safety: [],
  figures: [],
  statements: [],
});

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
    if ((reservedIds[ctx.kind] as readonly string[]).includes(id) || reservedIdPrefixes.test(id))
      problem(node, `anchor id "${id}" is used by the page itself: choose another`);
    else if (ids.has(id)) problem(node, `duplicate anchor id "${id}": every section needs its own`);
    ids.add(id);
    ctx.facts.headings.push({ depth, id, text });
  };

  // Within a ## section that lists uses, every ### must be a <Use>, so every use shows its evidence level.
  let section = { hasUse: false, plainSubheadings: [] as Heading[] };
  const closeSection = () => {
    if (section.hasUse) {
      for (const h of section.plainSubheadings) {
        problem(
          h,
          `### heading "${toString(h).replace(trailingId, "").trim()}" is in a section that lists uses: write it as <Use id=… title=… evidence=… where=…> so it shows its evidence level`,
        );
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
          if (node.position)
            problem(node, "import and export lines are not allowed in content: use the registered components, which need no import");
          break;
        case "mdxFlowExpression":
        case "mdxTextExpression":
          if (!isComment(node.value))
            problem(
              node,
              `{…} expressions are not allowed in content (found "{${node.value.trim().slice(0, 40)}}"); to show a brace, write \\{`,
            );
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
      const suggestion = text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
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
      const allowed = ctx.components.length
        ? `use one of ${ctx.components.map((c) => `<${c}>`).join(", ")}`
        : "this kind of file allows no components";
      return problem(node, `unknown component <${name}>: ${allowed}`);
    }
    const props: Record<string, string> = {};
    for (const attr of node.attributes) {
      if (attr.type !== "mdxJsxAttribute") return problem(node, `<${name}>: spread attributes ({...}) are not allowed`);
      if (typeof attr.value !== "string")
        return problem(node, `<${name}> ${(attr as MdxJsxAttribute).name}: write the value as text in quotes, e.g. ${attr.name}="…"`);
      props[attr.name] = attr.value;
    }
    const spec = specOf(name)!;
    const parsed = spec.props.safeParse(props);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const prop = issue.path.join(".");
        const got = prop in props ? ` (got "${props[prop]}")` : "";
        const message =
          issue.code === "unrecognized_keys"
            ? `unknown prop${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`
            : prop in props
              ? `${issue.message}${got}`
              : "is required";
        problem(node, message, `<${name}>${prop ? ` ${prop}` : ""}`);
      }
      return;
    }
    // The component's own body rules live in its folder (components/mdx/<name>/spec.ts).
    (spec.check as ((use: ComponentUse<unknown>) => void) | undefined)?.({
      props: parsed.data,
      hasText: toString(node).trim().length > 0,
      hasChildren: node.children.length > 0,
      line: node.position?.start.line,
      ctx,
      problem: (message, field) => problem(node, message, field),
      addAnchor: (id, text) => addAnchor(node, id, text, 3),
    });
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
    else if (!/^(https|mailto|tel):/.test(node.url))
      problem(node, `link "${node.url}": expected a site path (/articles/…), an https:// URL, mailto: or tel:`);
  }
}

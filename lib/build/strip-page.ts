import { type DefaultTreeAdapterMap, parse } from "parse5";

type Node = DefaultTreeAdapterMap["childNode"] | DefaultTreeAdapterMap["parentNode"];
type Element = DefaultTreeAdapterMap["element"];

export interface StrippedPage {
  html: string;
  /** What would be lost without the framework's scripts; the build fails on any. */
  problems: string[];
  /** The page has an element marked data-enhance, so it gets the enhancement script. */
  enhanced: boolean;
  /** From <meta name="robots">: the page asks search engines not to index it. */
  noindex: boolean;
  /** The page's <meta name|property> values (og:title, article:section, robots, …) and its canonical URL. */
  meta: Record<string, string>;
}

export interface StripOptions {
  /** The Content-Security-Policy written into the page as a <meta> element. */
  csp: string;
  /** URL of the enhancement script, added to pages that need it. */
  enhanceScript: string;
}

const dataTypes = new Set(["application/ld+json", "application/json"]);
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** A script element the browser would run: anything but a data block such as JSON-LD. */
const executable = (el: Element) => el.tagName === "script" && !dataTypes.has((attr(el, "type") ?? "").toLowerCase());
/** A preload of a script, useless once the scripts are gone. */
function scriptPreload(el: Element) {
  const rel = ` ${attr(el, "rel") ?? ""} `;
  return (
    el.tagName === "link" &&
    (rel.includes(" modulepreload ") ||
      (rel.includes(" preload ") && (attr(el, "as") === "script" || /\.m?js(\?|$)/.test(attr(el, "href") ?? ""))))
  );
}
/** Attributes that hold ids (space-separated) or, for href, a #fragment: scoped inside a handout piece. */
const idAttributes = new Set(["id", "for", "aria-labelledby", "aria-describedby", "aria-controls", "popovertarget", "data-sections"]);

/**
 * An attribute's value with its ids made unique to one handout piece ([data-part="<slug>:<id>"] → "<slug>--<id>--"),
 * so that several pieces (from one article or several) can sit on one page; null if it holds no id.
 */
export function scopedValue(name: string, value: string, prefix: string, inside?: ReadonlySet<string>): string | null {
  if (name === "href") {
    if (!value.startsWith("#") || value.length < 2) return null;
    const id = value.slice(1);
    // A link to a section the piece does not hold goes to that section of the article itself.
    if (inside && !inside.has(id)) return `/articles/${prefix.split("--")[0]}#${id}`;
    return `#${prefix}${id}`;
  }
  if (!idAttributes.has(name)) return null;
  return value.replace(/\S+/g, (id) => prefix + id);
}

/**
 * Where the build's stylesheets are served from: the static step moves them out of the framework's
 * folder (/_next/static/…/x.css → /_assets/x.css), so the site's own files are all under /_assets/.
 */
export const assetPath = (href: string) => (/^\/_next\/static\/.+\.css$/.test(href) ? `/_assets/${href.split("/").at(-1)}` : null);

const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * Removes the framework from one prerendered page: its scripts, script preloads and the inline React
 * Server Components payload (a script too), keeping JSON-LD. The page is parsed with parse5 (the HTML
 * standard's parsing rules); the removals are cut from the source text by the parser's offsets, so
 * everything else stays byte for byte. Reports anything that only a script would have made work:
 * streamed Suspense content still hidden, an inline event handler, a javascript: URL.
 */
export function stripPage(source: string, options: StripOptions): StrippedPage {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const problems: string[] = [];
  const cuts: [number, number][] = [];
  const inserts: [number, string][] = [];
  let enhanced = false;
  const meta: Record<string, string> = {};
  let charsetEnd = -1;
  let headEnd = -1;
  /** Every id in a subtree: a piece's links to its own ids stay in the piece. */
  const idsIn = (node: Node, ids = new Set<string>()): Set<string> => {
    if ("tagName" in node) {
      const id = attr(node, "id");
      if (id) ids.add(id);
    }
    if ("childNodes" in node) for (const child of node.childNodes) idsIn(child, ids);
    return ids;
  };
  /** Inside a handout piece: the prefix its ids get, and the ids it holds. */
  const walk = (node: Node, scope = "", inside?: ReadonlySet<string>) => {
    if (node.nodeName === "#comment" && "data" in node && /^\$[?!]$/.test(node.data)) {
      problems.push(
        `a Suspense boundary that ${node.data === "$?" ? "was still streaming" : "fell back to client rendering"}: its content would only appear with JavaScript`,
      );
    }
    if ("tagName" in node) {
      const loc = node.sourceCodeLocation;
      if (executable(node) || scriptPreload(node)) {
        if (loc) cuts.push([loc.startOffset, loc.endOffset]);
        return;
      }
      const id = attr(node, "id") ?? "";
      if (node.tagName === "template" && id.startsWith("B:"))
        problems.push(`streamed Suspense content (<template id="${id}">) that only a script would reveal`);
      if (/^S:\d/.test(id)) problems.push(`streamed content (<${node.tagName} id="${id}">) that only a script would move into place`);
      const part = attr(node, "data-part");
      if (part) {
        scope = `${part.replace(":", "--")}--`;
        inside = idsIn(node);
      }
      for (const { name, value } of node.attrs) {
        const scoped = scope ? scopedValue(name, value, scope, inside) : null;
        const at = loc?.attrs?.[name];
        if (scoped !== null && at) {
          cuts.push([at.startOffset, at.endOffset]);
          inserts.push([at.startOffset, `${name}="${escape(scoped)}"`]);
        }
        if (/^on[a-z]+$/.test(name))
          problems.push(`<${node.tagName}> has an inline event handler (${name}), which needs JavaScript and which the CSP blocks`);
        if (/^\s*javascript:/i.test(value)) problems.push(`<${node.tagName} ${name}="${value.slice(0, 40)}"> runs a javascript: URL`);
        if (name === "data-enhance") enhanced = true;
      }
      const key = node.tagName === "meta" ? (attr(node, "property") ?? attr(node, "name")) : undefined;
      if (key) meta[key] = attr(node, "content") ?? "";
      if (node.tagName === "link" && attr(node, "rel") === "canonical") meta.canonical = attr(node, "href") ?? "";
      const moved = node.tagName === "link" && attr(node, "rel") === "stylesheet" ? assetPath(attr(node, "href") ?? "") : null;
      const hrefAt = loc?.attrs?.href;
      if (moved && hrefAt) {
        cuts.push([hrefAt.startOffset, hrefAt.endOffset]);
        inserts.push([hrefAt.startOffset, `href="${escape(moved)}"`]);
      }
      if (node.tagName === "meta" && attr(node, "charset") !== undefined && loc) charsetEnd = loc.endOffset;
      if (node.tagName === "head" && loc?.endTag) headEnd = loc.endTag.startOffset;
    }
    if ("childNodes" in node) for (const child of node.childNodes) walk(child, scope, inside);
    if ("content" in node) walk(node.content, scope, inside);
  };
  walk(document);
  const noindex = /noindex/.test(meta.robots ?? "");
  if (headEnd < 0) problems.push("expected a <head> element with an end tag");
  // The policy must come before anything it governs: right after the charset (or first in the head).
  const insertCsp = charsetEnd >= 0 ? charsetEnd : headEnd;
  inserts.push([insertCsp, `<meta http-equiv="Content-Security-Policy" content="${escape(options.csp)}"/>`]);
  if (enhanced) inserts.push([headEnd, `<script type="module" src="${escape(options.enhanceScript)}"></script>`]);
  return { html: splice(source, cuts, inserts), problems, enhanced, noindex, meta };
}

/** The source with the [start, end) ranges removed and the texts inserted at their offsets. */
function splice(source: string, cuts: [number, number][], inserts: [number, string][]): string {
  const edits = [
    ...cuts.map(([start, end]) => ({ start, end, text: "" })),
    ...inserts.map(([at, text]) => ({ start: at, end: at, text })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const edit of edits) {
    out += source.slice(at, edit.start) + edit.text;
    at = Math.max(at, edit.end);
  }
  return out + source.slice(at);
}

import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { rehypeTables } from "@/lib/content/rehype-tables";

/** A table as remark-gfm makes it from Markdown, after the plugin: each row's cells as "tag[scope]:text". */
function run(head: string[], body: string[][]): string[][] {
  const cell = (tag: string) => (text: string) => `<${tag}>${text}</${tag}>`;
  const html = `<table><thead><tr>${head.map(cell("th")).join("")}</tr></thead><tbody>${body
    .map((row) => `<tr>${row.map(cell("td")).join("")}</tr>`)
    .join("")}</tbody></table>`;
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeTables()(tree);
  const rows: string[][] = [];
  visit(tree, "element", (el: Element) => {
    if (el.tagName === "table") rows.push([`columns: ${String(el.properties.dataColumns)}`]);
  });
  visit(tree, "element", (el: Element) => {
    if (el.tagName !== "tr") return;
    rows.push(
      el.children
        .filter((c): c is Element => c.type === "element")
        .map(
          (c) =>
            `${c.tagName}${c.properties.scope ? `[${String(c.properties.scope)}]` : ""}:${c.children.map((t) => (t.type === "text" ? t.value : "")).join("")}`,
        ),
    );
  });
  return rows;
}

describe("Markdown tables", () => {
  it("that compare two ways (top-left header cell empty) get row headers; each is named by its columns", () => {
    expect(
      run(
        ["", "Tablets", "Infusion"],
        [
          ["How fast", "Gradually", "Right away"],
          ["Where", "At home", "A clinic"],
        ],
      ),
    ).toEqual([
      ["columns: Tablets, Infusion"],
      ["td:", "th:Tablets", "th:Infusion"],
      ["th[row]:How fast", "td:Gradually", "td:Right away"],
      ["th[row]:Where", "td:At home", "td:A clinic"],
    ]);
  });

  it("with a header in every column keep their cells as they are", () => {
    expect(run(["Form", "How well it is absorbed"], [["Oxide", "Poorly"]])).toEqual([
      ["columns: Form, How well it is absorbed"],
      ["th:Form", "th:How well it is absorbed"],
      ["td:Oxide", "td:Poorly"],
    ]);
  });
});

import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

const cells = (row: Element) =>
  row.children.filter((c): c is Element => c.type === "element" && (c.tagName === "th" || c.tagName === "td"));
const rows = (section: Element | undefined) =>
  section?.children.filter((c): c is Element => c.type === "element" && c.tagName === "tr") ?? [];
const text = (node: ElementContent): string =>
  node.type === "text" ? node.value : node.type === "element" ? node.children.map(text).join("") : "";

/**
 * Markdown tables, made accessible. A table whose top-left header cell is empty compares things in two directions
 * (`| | Tablets | Infusion |`): each row's first cell names the row. Those cells become row headers
 * (`<th scope="row">`) and the empty corner a plain cell, so a screen reader announces both headers of
 * every value (WCAG 1.3.1) and no header cell is empty. Every table also records its column headers
 * (`data-columns`), which name its scrolling box.
 */
export function rehypeTables() {
  return (tree: Root) => {
    visit(tree, "element", (table: Element) => {
      if (table.tagName !== "table") return;
      const sections = table.children.filter((c): c is Element => c.type === "element");
      const head = sections.find((s) => s.tagName === "thead");
      const headRow = rows(head)[0];
      const headers = headRow ? cells(headRow) : [];
      // The column headers name the table's scrolling box (components/mdx: table), so two tables on a page differ.
      table.properties = {
        ...table.properties,
        dataColumns: headers
          .map((h) => text(h).trim())
          .filter(Boolean)
          .join(", "),
      };
      const corner = headers[0];
      if (!corner || corner.tagName !== "th" || text(corner).trim() !== "") return;
      corner.tagName = "td";
      for (const row of rows(sections.find((s) => s.tagName === "tbody"))) {
        const first = cells(row)[0];
        if (first?.tagName === "td") Object.assign(first, { tagName: "th", properties: { ...first.properties, scope: "row" } });
      }
    });
  };
}

import type { z } from "zod";
import { componentSpecs } from "./registry";

const start = "<!-- components:start (written by npm run docs:components from components/mdx/registry.ts) -->";
const end = "<!-- components:end -->";

/** Each prop with its description, from the component's zod schema. */
function propsOf(schema: z.ZodType): string {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const props = Object.entries(shape).map(
    ([name, prop]) => `\`${name}\`${prop.isOptional() ? " (optional)" : ""}: ${prop.description ?? ""}`,
  );
  return props.length ? props.join("<br>") : "none";
}

/** The authors' guide table of components, one row per registered component. */
export function componentsTable(): string {
  const rows = componentSpecs.map(
    (s) => `| \`${s.usage.replaceAll("|", "\\|")}\` | ${s.summary} | ${propsOf(s.props)} | ${s.allowedIn.join(", ")} |`,
  );
  return [start, "| Component | Use it for | Props | Allowed in |", "|---|---|---|---|", ...rows, end].join("\n");
}

/** The guide with its components table replaced (the markers must be there). */
export function replaceTable(guide: string, table: string): string {
  const i = guide.indexOf(start);
  const j = guide.indexOf(end);
  if (i < 0 || j < i) throw new Error(`content/README.md: expected the markers ${start} … ${end} around the components table`);
  return guide.slice(0, i) + table + guide.slice(j + end.length);
}

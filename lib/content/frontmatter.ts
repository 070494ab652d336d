import { LineCounter, parseDocument, isMap } from "yaml";
import type { z } from "zod";
import { type Problem, zodProblems } from "./problems";

/** The YAML between the opening and closing `---` lines, and the body after them. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1] ?? "", body: source.slice(match[0].length) } : null;
}

/**
 * Parses and validates a file's frontmatter. YAML 1.2 core schema: dates stay strings, so the schema
 * (not the YAML parser) decides what a valid date is. Problems carry the file's real line numbers.
 */
export function parseFrontmatter<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
): { data: z.infer<S>; problems: [] } | { data: null; problems: Problem[] } {
  const parts = splitFrontmatter(source);
  if (!parts) {
    return { data: null, problems: [{ file, line: 1, message: "expected frontmatter: the file must start with a --- line, YAML fields, and a closing --- line" }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter, schema: "core", uniqueKeys: true });
  // The YAML starts on line 2 of the file, after the opening ---.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      data: null,
      problems: doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), field: "frontmatter", message: `invalid YAML: ${e.message.split("\n")[0]}` })),
    };
  }
  const input: unknown = doc.toJS();
  if (!isMap(doc.contents)) {
    return { data: null, problems: [{ file, line: 2, field: "frontmatter", message: "expected YAML fields (key: value)" }] };
  }
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, problems: [] };

  const lineOf = (path: readonly PropertyKey[]) => {
    // Point at the deepest node that exists: a missing field points at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
      if (depth === 0) return 2;
    }
    return undefined;
  };
  return { data: null, problems: zodProblems(file, result.error, lineOf, input) };
}

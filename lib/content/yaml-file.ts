import { isMap, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { type Problem, zodProblems } from "./problems";

/**
 * Parses YAML text and validates it with a schema. YAML 1.2 core schema: dates stay strings, so the
 * schema (not the YAML parser) decides what a valid date is. Problems carry the file's real line
 * numbers; `firstLine` is the file line the YAML text starts on (2 for frontmatter, after its `---`).
 */
export function parseYaml<S extends z.ZodType>(
  file: string,
  yaml: string,
  schema: S,
  firstLine = 1,
): { ok: true; data: z.infer<S>; lineOf: (path: readonly PropertyKey[]) => number | undefined } | { ok: false; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, schema: "core", uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    const field = firstLine > 1 ? "frontmatter" : undefined;
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), field, message: `invalid YAML: ${e.message.split("\n")[0]}` })),
    };
  }
  if (!isMap(doc.contents)) {
    return {
      ok: false,
      problems: [{ file, line: firstLine, field: firstLine > 1 ? "frontmatter" : undefined, message: "expected YAML fields (key: value)" }],
    };
  }
  // Point at the deepest node that exists: a missing field points at its parent.
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return firstLine;
  };
  const input: unknown = doc.toJS();
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, lineOf };
  return { ok: false, problems: zodProblems(file, result.error, lineOf, input) };
}

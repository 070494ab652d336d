import type { z } from "zod";
import type { Problem } from "./problems";
import { parseYaml } from "./yaml-file";

/** The YAML between the opening and closing `---` lines, and the body after them. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1] ?? "", body: source.slice(match[0].length) } : null;
}

/** Parses and validates a file's frontmatter; problems carry the file's real line numbers. */
export function parseFrontmatter<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
): { data: z.infer<S>; problems: [] } | { data: null; problems: Problem[] } {
  const parts = splitFrontmatter(source);
  if (!parts) {
    return {
      data: null,
      problems: [
        { file, line: 1, message: "expected frontmatter: the file must start with a --- line, YAML fields, and a closing --- line" },
      ],
    };
  }
  // The YAML starts on line 2 of the file, after the opening ---.
  const result = parseYaml(file, parts.yaml, schema, 2);
  return result.ok ? { data: result.data, problems: [] } : { data: null, problems: result.problems };
}

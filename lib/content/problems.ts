import { relative } from "node:path";
import type { z } from "zod";

/** One thing wrong with one content file, located as precisely as we can. */
export interface Problem {
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Frontmatter field path ("sources[1].url") or component ("<Use>"), when relevant. */
  field?: string;
  message: string;
}

/** Thrown when content is invalid; its message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    problems = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "ContentError";
  }
}

export function formatProblem(p: Problem): string {
  const where = `${relative(process.cwd(), p.file)}${p.line ? `:${p.line}` : ""}`;
  return `  ${where}  ${p.field ? `${p.field}: ` : ""}${p.message}`;
}

/** "sources[1].url" from zod's ["sources", 1, "url"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), "");
}

/** Turns zod issues into problems; `lineOf` maps a field path to its line in the file. */
export function zodProblems(
  file: string,
  error: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  input?: unknown,
): Problem[] {
  return error.issues.map((issue) => {
    const got = valueAt(input, issue.path);
    const shown = got === undefined ? "" : ` (got ${JSON.stringify(got)})`;
    const message =
      issue.code === "invalid_type" && got === undefined
        ? `is required: ${issue.message.replace(/, received undefined$/, "")}`
        : issue.code === "unrecognized_keys"
          ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`
          : `${issue.message}${shown}`;
    return { file, line: lineOf(issue.path), field: fieldPath(issue.path) || undefined, message };
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return typeof value === "object" ? undefined : value;
}

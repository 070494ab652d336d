import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { z } from "zod";
import { type Problem, zodProblems } from "./problems";
import { kebabId } from "./schema";

/** The 1-based line of a top-level `key:` in a YAML or frontmatter file. */
export const lineIn = (file: string, key: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .findIndex((line) => line.startsWith(`${key}:`)) + 1 || undefined;

/** Reads and validates a JSON file; problems name the line that holds the offending field. */
export function readJson<S extends z.ZodType>(file: string, schema: S, problems: Problem[]): z.infer<S> | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file, message: `expected a readable JSON file: ${(error as Error).message}` });
    return null;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  // JSON has no line numbers to offer zod; find the line that holds the offending field's key.
  const lines = readFileSync(file, "utf8").split("\n");
  const lineOf = (path: readonly PropertyKey[]) => {
    const key = [...path].reverse().find((k) => typeof k === "string");
    const index = key === undefined ? -1 : lines.findIndex((line) => line.includes(`"${String(key)}"`));
    return index >= 0 ? index + 1 : undefined;
  };
  problems.push(...zodProblems(file, result.error, lineOf, json));
  return null;
}

/** The .mdx files of a content folder, sorted; anything else in it, or a badly named file, is a problem. */
export function listMdx(folder: string, problems: Problem[]): string[] {
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder).filter((name) => !name.startsWith(".") && name !== "README.md");
  for (const name of files.filter((n) => !n.endsWith(".mdx"))) {
    problems.push({ file: join(folder, name), message: "expected only .mdx files in this folder" });
  }
  return files
    .filter((name) => name.endsWith(".mdx"))
    .filter((name) => {
      const ok = kebabId.safeParse(basename(name, ".mdx")).success;
      if (!ok)
        problems.push({
          file: join(folder, name),
          field: "file name",
          message: "expected lower-case words joined by hyphens, e.g. side-effects.mdx",
        });
      return ok;
    })
    .sort()
    .map((name) => join(folder, name));
}

/** Every file under `path` (or `path` itself when it is a file), in a stable order; none when it does not exist. */
export function filesUnder(path: string): string[] {
  // turbopackIgnore: these are the project's own source files, read to hash them, not files to bundle.
  if (!existsSync(/*turbopackIgnore: true*/ path)) return [];
  if (!statSync(/*turbopackIgnore: true*/ path).isDirectory()) return [path];
  return readdirSync(/*turbopackIgnore: true*/ path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

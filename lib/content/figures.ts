import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Problem } from "./problems";
import { type Figure, figureSchema, kebabId } from "./schema";
import { parseYaml } from "./yaml-file";

/**
 * Reads content/figures/<id>.yaml: the numbers behind each figure, validated so that a bad value
 * fails the content check with the file, line and field. `broken` is true when any file failed.
 */
export function loadFigures(root: string, sourceIds: ReadonlySet<string>, problems: Problem[]): { figures: Figure[]; broken: boolean } {
  const dir = join(root, "content", "figures");
  if (!existsSync(dir)) return { figures: [], broken: false };
  const figures: Figure[] = [];
  let broken = false;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    const id = basename(name, ".yaml");
    if (!name.endsWith(".yaml") || !kebabId.safeParse(id).success) {
      problems.push({ file, field: "file name", message: "expected <id>.yaml, with the id in lower-case words joined by hyphens" });
      broken = true;
      continue;
    }
    const result = parseYaml(file, readFileSync(file, "utf8"), figureSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      broken = true;
      continue;
    }
    result.data.sources.forEach((source, i) => {
      if (!sourceIds.has(source))
        problems.push({
          file,
          line: result.lineOf(["sources", i]),
          field: `sources[${i}]`,
          message: `unknown source "${source}": expected an id from content/sources.yaml`,
        });
    });
    figures.push({ ...result.data, id });
  }
  return { figures, broken };
}

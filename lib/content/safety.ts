import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { fieldPath, type Problem } from "./problems";
import type { SafetyUse, SharedData } from "./types";
import { redFlagsFileSchema, safetyListsFileSchema, sharedSourcesFileSchema } from "./schema";
import { parseYaml } from "./yaml-file";

/** Glossary words inside safety text: `[words](glossary:<id>)`. */
export const glossaryMark = /\[([^\]]+)\]\(glossary:([a-z0-9-]+)\)/g;

/** A `details` link of a red-flag group, checked once every page is known. */
export interface SafetyLink {
  href: string;
  file: string;
  line?: number;
  field: string;
}

/** Reads and checks content/safety/*.yaml; each problem names the file, line and field. */
export function loadSafety(
  root: string,
  glossaryIds: ReadonlySet<string>,
  problems: Problem[],
): { safety: Omit<SharedData, "figures">; links: SafetyLink[]; broken: { groups: boolean; lists: boolean } } {
  const dir = join(root, "content");
  const read = <S extends z.ZodType>(name: string, schema: S) => {
    const file = join(dir, name);
    if (!existsSync(file)) return null;
    const result = parseYaml(file, readFileSync(file, "utf8"), schema);
    if (!result.ok) {
      problems.push(...result.problems);
      return null;
    }
    return { file, data: result.data as z.infer<S>, lineOf: result.lineOf };
  };
  // Shared sources live beside the other shared data, so figures and articles can cite them too.
  const sources = read("sources.yaml", sharedSourcesFileSchema);
  const flags = read("safety/red-flags.yaml", redFlagsFileSchema);
  const lists = read("safety/lists.yaml", safetyListsFileSchema);

  const sourceIds = new Set<string>();
  sources?.data.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      problems.push({
        file: sources.file,
        line: sources.lineOf(["sources", i, "id"]),
        field: `sources[${i}].id`,
        message: `duplicate source id "${s.id}"`,
      });
    sourceIds.add(s.id);
  });

  /** Checks the source ids and glossary marks of one item. */
  const checkItem = (
    file: string,
    lineOf: (p: readonly PropertyKey[]) => number | undefined,
    path: (string | number)[],
    item: { text: string; sources: string[] },
  ) => {
    item.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) {
        problems.push({
          file,
          line: lineOf([...path, "sources", i]),
          field: `${fieldPath(path)}.sources[${i}]`,
          message: `unknown source "${id}": expected an id from content/sources.yaml`,
        });
      }
    });
    for (const [, , id] of item.text.matchAll(glossaryMark)) {
      if (!glossaryIds.has(id!))
        problems.push({
          file,
          line: lineOf([...path, "text"]),
          field: `${fieldPath(path)}.text`,
          message: `unknown glossary term "${id}": add content/glossary/${id}.mdx or use an existing id`,
        });
    }
  };
  const unique = (file: string, lineOf: (p: readonly PropertyKey[]) => number | undefined, key: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) problems.push({ file, line: lineOf([key, i, "id"]), field: `${key}[${i}].id`, message: `duplicate id "${id}"` });
      seen.add(id);
    });
  };

  const links: SafetyLink[] = [];
  if (flags) {
    unique(
      flags.file,
      flags.lineOf,
      "groups",
      flags.data.groups.map((g) => g.id),
    );
    flags.data.groups.forEach((group, g) => {
      links.push({ href: group.details, file: flags.file, line: flags.lineOf(["groups", g, "details"]), field: `groups[${g}].details` });
      group.items.forEach((item, i) => checkItem(flags.file, flags.lineOf, ["groups", g, "items", i], item));
    });
  }
  if (lists) {
    unique(
      lists.file,
      lists.lineOf,
      "lists",
      lists.data.lists.map((l) => l.id),
    );
    lists.data.lists.forEach((list, l) => {
      list.items.forEach((item, i) => checkItem(lists.file, lists.lineOf, ["lists", l, "items", i], item));
    });
  }
  const broken = (name: string, parsed: unknown) => parsed === null && existsSync(join(dir, name));
  return {
    safety: { sources: sources?.data.sources ?? [], groups: flags?.data.groups ?? [], lists: lists?.data.lists ?? [] },
    links,
    broken: { groups: broken("safety/red-flags.yaml", flags), lists: broken("safety/lists.yaml", lists) },
  };
}

/** The source ids a safety component shows, in order. */
export function safetySourcesOf(safety: Pick<SharedData, "groups" | "lists">, component: SafetyUse): string[] {
  const items =
    component.component === "SafetyList"
      ? (safety.lists.find((l) => l.id === component.id)?.items ?? [])
      : component.component === "RedFlags"
        ? (safety.groups.find((g) => g.id === component.id)?.items ?? [])
        : [];
  return items.flatMap((item) => item.sources);
}

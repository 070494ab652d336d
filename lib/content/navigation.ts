import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "./problems";
import { type Navigation, navigationSchema } from "./schema";
import { parseYaml } from "./yaml-file";

/** A link in content/navigation.yaml, with where it is written, for the cross-file link check. */
export interface NavigationLink {
  href: string;
  file: string;
  line?: number;
  field: string;
}

const empty: Navigation = { header: [], homeTasks: [], footer: [], popular: [] };

/** Reads content/navigation.yaml; a site without one has empty menus. */
export function loadNavigation(
  root: string,
  problems: Problem[],
  file = join(root, "content", "navigation.yaml"),
): { navigation: Navigation; links: NavigationLink[] } {
  if (!existsSync(file)) return { navigation: empty, links: [] };
  const result = parseYaml(file, readFileSync(file, "utf8"), navigationSchema);
  if (!result.ok) {
    problems.push(...result.problems);
    return { navigation: empty, links: [] };
  }
  const links = (Object.keys(result.data) as (keyof Navigation)[]).flatMap((list) =>
    result.data[list].map((link, i) => ({ href: link.href, file, line: result.lineOf([list, i, "href"]), field: `${list}[${i}].href` })),
  );
  return { navigation: result.data, links };
}

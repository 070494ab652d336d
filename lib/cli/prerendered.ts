import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Every page `next build` prerendered, as its route ("/articles/x", "/" for index) and its HTML file. */
export function* prerenderedPages(distDir = process.env.NEXT_DIST_DIR ?? ".next"): Generator<{ route: string; file: string }> {
  const root = join(distDir, "server", "app");
  if (!existsSync(root)) throw new Error(`${root} not found: run next build first`);
  function* walk(dir: string): Generator<string> {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(path);
      else if (entry.name.endsWith(".html")) yield path;
    }
  }
  for (const file of walk(root)) yield { route: `/${relative(root, file).replace(/\.html$/, "").replace(/(^|\/)index$/, "")}`, file };
}

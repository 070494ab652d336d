import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file under `dir`, as its URL path ("/articles/x.html") and its file path. */
export function* siteFiles(dir: string): Generator<{ path: string; file: string }> {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    yield { path: `/${relative(dir, file).split(sep).join("/")}`, file };
  }
}

/** The URL a page file answers: "/articles/x.html" → "/articles/x", "/index.html" → "/". */
export const pageUrl = (path: string) => path.replace(/\.html$/, "").replace(/(^|\/)index$/, "$1") || "/";

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Compiled } from "./compile";
import { filesUnder } from "./files";

/** The content-hash cache: unchanged sources are never compiled twice. */
export function openCache(cacheDir: string | null, glossaryKey: string) {
  const file = cacheDir && join(cacheDir, "compiled.json");
  let entries: Record<string, Compiled> = {};
  if (file && existsSync(/*turbopackIgnore: true*/ file)) {
    try {
      entries = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as Record<string, Compiled>;
    } catch {
      entries = {};
    }
  }
  const used: Record<string, Compiled> = {};
  const stats = { compiled: 0, cached: 0 };
  const pipeline = pipelineKey();
  return {
    stats,
    key: (path: string, source: string, sourceIds: string[]) =>
      createHash("sha256")
        .update([pipeline, glossaryKey, path, sourceIds.join(","), source].join("\0"))
        .digest("hex"),
    get(key: string) {
      const hit = entries[key];
      if (hit) {
        stats.cached++;
        used[key] = hit;
      }
      return hit ?? null;
    },
    set(key: string, compiled: Compiled) {
      stats.compiled++;
      used[key] = compiled;
    },
    save() {
      if (!file || stats.compiled === 0) return;
      mkdirSync(cacheDir!, { recursive: true });
      writeFileSync(file, JSON.stringify(used));
    },
  };
}

/**
 * Changes whenever the code that compiles content changes, so stale output is never reused. Scripts,
 * tests and Next all run from the project folder, so the code is read from there.
 */
function pipelineKey(): string {
  const hash = createHash("sha256");
  // The rules live in lib/content, the reserved ids in lib/routes.ts, each component's rules in its folder.
  const sources = [join("lib", "content"), join("lib", "routes.ts"), join("components", "mdx")];
  for (const source of sources)
    for (const file of filesUnder(join(process.cwd(), source))) hash.update(file).update(readFileSync(/*turbopackIgnore: true*/ file));
  const lock = join(process.cwd(), "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest("hex");
}

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { siteFiles } from "./site-files";

/**
 * The project's own client components ("use client") that `next build` bundled, with the routes that use
 * them, read from Next's client-reference manifests. Next's own client modules (its router) are left out:
 * removing its scripts loses nothing on a prerendered page. Any other client component needs hydration,
 * so its page would silently stop working without the framework.
 */
export function appClientComponents(buildDir = ".next"): string[] {
  const app = join(buildDir, "server", "app");
  if (!existsSync(app)) throw new Error(`${app} not found: run next build first`);
  const found: string[] = [];
  let manifests = 0;
  for (const { path, file } of siteFiles(app)) {
    if (!path.endsWith("_client-reference-manifest.js")) continue;
    manifests++;
    // The manifest is a script that assigns globalThis.__RSC_MANIFEST; the sandbox is its globalThis.
    const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules: Record<string, unknown> }> } = {};
    runInNewContext(readFileSync(file, "utf8"), sandbox);
    for (const [route, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
      for (const clientModule of Object.keys(manifest.clientModules)) {
        if (!/[/\\]node_modules[/\\]/.test(clientModule))
          found.push(`${clientModule.replace(/ <module evaluation>$/, "").replace(/^\[project\]\//, "")} (used by ${route})`);
      }
    }
  }
  if (manifests === 0) throw new Error(`${app}: no client-reference manifests, so the build cannot tell whether a page needs hydration`);
  return [...new Set(found)].sort();
}

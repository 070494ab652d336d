// After `next build`: hashes every inline script of every prerendered page, so the Content-Security-Policy
// can allow exactly those scripts without 'unsafe-inline' while the pages stay static.
// Writes <distDir>/csp-hashes.json, read by lib/cli/serve.mjs (`npm start`).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { prerenderedPages } from "./prerendered";
import { type CspManifest, cspManifestFile } from "../security-headers.mjs";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/** Text of every script element the browser would run inline (no src, a JavaScript type). */
function inlineScripts(node: Root | RootContent, out: string[] = []): string[] {
  if (node.type === "element" && node.tagName === "script") {
    const el = node as Element;
    const type = String(el.properties.type ?? "").toLowerCase();
    const runs = !el.properties.src && (type === "" || type === "module" || type.includes("javascript"));
    if (runs) out.push(el.children.map((c) => (c.type === "text" ? c.value : "")).join(""));
  }
  if ("children" in node) for (const child of node.children) inlineScripts(child, out);
  return out;
}

const manifest: CspManifest = {};
let scripts = 0;
for (const { route, file } of prerenderedPages(distDir)) {
  const hashes = inlineScripts(fromHtml(readFileSync(file, "utf8"))).map((s) => `sha256-${createHash("sha256").update(s, "utf8").digest("base64")}`);
  manifest[route] = [...new Set(hashes)];
  scripts += hashes.length;
}
writeFileSync(join(distDir, cspManifestFile), JSON.stringify(manifest));
console.log(`CSP: hashed ${scripts} inline scripts on ${Object.keys(manifest).length} pages → ${join(distDir, cspManifestFile)}`);

import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** Minifies lib/browser/enhance.ts into <out>/_assets/enhance.<hash>.js; returns its URL path. */
export async function writeEnhanceScript(outDir: string): Promise<string> {
  const result = await build({
    entryPoints: [join(process.cwd(), "lib", "browser", "enhance.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    write: false,
    legalComments: "none",
  });
  const code = result.outputFiles[0]!.contents;
  const name = `enhance.${createHash("sha256").update(code).digest("hex").slice(0, 12)}.js`;
  mkdirSync(join(outDir, "_assets"), { recursive: true });
  writeFileSync(join(outDir, "_assets", name), code);
  return `/_assets/${name}`;
}

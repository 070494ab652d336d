import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { build } from "esbuild";

/**
 * Minifies lib/browser/enhance.ts into <out>/_assets/enhance.<hash>.js, and the modules it loads only
 * where they are needed (the packet assembler on /handout) into their own hashed files beside it.
 * Returns the enhancement script's URL path.
 */
export async function writeEnhanceScript(outDir: string): Promise<string> {
  const result = await build({
    entryPoints: [join(process.cwd(), "lib", "browser", "enhance.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    splitting: true,
    target: "es2022",
    outdir: join(outDir, "_assets"),
    entryNames: "[name].[hash]",
    chunkNames: "[name].[hash]",
    write: false,
    legalComments: "none",
    metafile: true,
  });
  mkdirSync(join(outDir, "_assets"), { recursive: true });
  // esbuild names each file by a hash of its content, so a changed script is never served from a stale cache.
  for (const file of result.outputFiles) writeFileSync(file.path, file.contents);
  const [entry] = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint) ?? [];
  if (!entry) throw new Error("esbuild wrote no enhancement script");
  return `/_assets/${basename(entry)}`;
}

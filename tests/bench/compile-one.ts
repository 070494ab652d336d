// Used by bench:build: compiles N articles cold with one method and prints the time.
//   pipeline: the site's own compileMdx (mdx-bundler with the content rules)
//   floor:    @mdx-js/mdx compile with remark-gfm, nothing else
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { compileMdx } from "../../lib/content/compile";
import { componentsFor } from "../../components/mdx/registry";

const [method, dir, count] = process.argv.slice(2) as [string, string, string];
const files = readdirSync(dir).filter((f) => f.startsWith("synthetic-")).slice(0, Number(count)).map((f) => join(dir, f));
const sources = files.map((f) => readFileSync(f, "utf8"));
const glossaryIds = new Set(readdirSync(join(dir, "..", "glossary")).map((f) => f.replace(/\.mdx$/, "")));
const started = performance.now();
for (const [i, source] of sources.entries()) {
  if (method === "floor") await compile(source.replace(/\{#[a-z0-9-]+\}/g, ""), { remarkPlugins: [remarkFrontmatter, remarkGfm] });
  else {
    const { problems } = await compileMdx(files[i]!, source, { components: componentsFor("articles"), sourceIds: new Set(["source-0", "source-1"]), glossaryIds, safetyIds: { groups: new Map(), lists: new Set() }, figureIds: new Set() });
    if (problems.length) throw new Error(JSON.stringify(problems.slice(0, 3)));
  }
}
const ms = performance.now() - started;
console.log(`${method.padEnd(8)} ${files.length} articles cold, one after another: ${ms.toFixed(0)} ms (${(ms / files.length).toFixed(1)} ms each)`);

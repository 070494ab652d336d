import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import { parse as parseYaml } from "yaml";
import type { Problem } from "./problems";
import { rehypeTables } from "./rehype-tables";
import { emptyFacts, escapeHeadingIds, remarkContentRules } from "./remark-rules";
import type { DocumentFacts, RuleContext } from "./types";

export interface Compiled {
  /** mdx-bundler output, run with getMDXComponent(). */
  code: string;
  facts: DocumentFacts;
}

interface EsbuildMessage {
  text: string;
  location?: { line: number } | null;
}

/**
 * Compiles one MDX file with mdx-bundler and the content rules. Never throws for bad content:
 * every problem found, including MDX syntax errors, is returned with its line.
 */
export async function compileMdx(
  file: string,
  source: string,
  context: Omit<RuleContext, "file" | "problems" | "facts">,
): Promise<{ compiled: Compiled | null; problems: Problem[] }> {
  const ctx: RuleContext = { ...context, file, problems: [], facts: emptyFacts() };
  try {
    const { code } = await bundleMDX({
      // A path that is not on disk: mdx-bundler's resolver would otherwise read the real file and miss the escaping.
      source: new VFile({ path: file.replace(/\.mdx$/, ".in-memory.mdx"), value: escapeHeadingIds(source) }),
      // Frontmatter is parsed and validated beforehand; read it the same way (YAML 1.2, no date coercion).
      grayMatterOptions: (options) => ({ ...options, engines: { yaml: (s: string) => parseYaml(s, { schema: "core" }) as object } }),
      // Problems are reported by us, with the real file name; esbuild's own log would repeat them.
      esbuildOptions: (options) => ({ ...options, logLevel: "silent" }),
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkContentRules(ctx)];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeTables];
        return options;
      },
    });
    return ctx.problems.length ? { compiled: null, problems: ctx.problems } : { compiled: { code, facts: ctx.facts }, problems: [] };
  } catch (error) {
    const messages = (error as { errors?: EsbuildMessage[] }).errors;
    if (!messages?.length) throw error;
    return {
      compiled: null,
      problems: [
        ...ctx.problems,
        ...messages.map((m) => ({ file, line: m.location?.line, message: `could not read the MDX: ${m.text.split("\n")[0]}` })),
      ],
    };
  }
}

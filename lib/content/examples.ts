import { componentSpecs, componentsFor } from "@/components/mdx/registry";
import { compileMdx } from "./compile";
import type { Problem } from "./problems";
import type { Content, DocumentFacts } from "./types";

/** One compiled component example, ready to render on the gallery page or in a test. */
export interface CompiledExample {
  component: string;
  name: string;
  /** Text the rendered example must contain. */
  shows: string[];
  code: string;
  facts: DocumentFacts;
}

/** The folder of a component: "RedFlagSummary" → "red-flag-summary". */
export const folderOf = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => `${i ? "-" : ""}${c.toLowerCase()}`);

/**
 * Compiles every component's named examples against the content's ids, with the article rules. The
 * examples are written for the site's own content: there, an example that stops compiling (say, it names
 * a glossary term that was removed) fails the content check.
 */
export async function compileExamples(
  content: Pick<Content, "glossary" | "shared">,
): Promise<{ examples: CompiledExample[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const context = {
    kind: "articles" as const,
    components: componentsFor("articles"),
    sourceIds: new Set(content.shared.sources.map((s) => s.id)),
    glossaryIds: new Set(content.glossary.map((g) => g.id)),
    safetyIds: {
      groups: new Map(content.shared.groups.map((g) => [g.id, g.action])),
      lists: new Set(content.shared.lists.map((l) => l.id)),
    },
    figureIds: new Set(content.shared.figures.map((f) => f.id)),
  };
  const compiled = await Promise.all(
    componentSpecs.flatMap((spec) =>
      spec.examples.map(async (example) => {
        const file = `components/mdx/${folderOf(spec.name)}/examples.ts`;
        // The compiler reads the example as MDX only under an .mdx name; problems name the real file.
        const result = await compileMdx(file.replace(/\.ts$/, ".mdx"), example.mdx, context);
        problems.push(...result.problems.map((p) => ({ ...p, file, line: undefined, field: `example "${example.name}"` })));
        return result.compiled && { component: spec.name, name: example.name, shows: example.shows, ...result.compiled };
      }),
    ),
  );
  return { examples: compiled.filter((c) => c !== null), problems };
}

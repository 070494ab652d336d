import type { Metadata } from "next";
import { getMDXComponent } from "mdx-bundler/client";
import { References } from "@/components/article/references";
import { mdxComponents } from "@/components/mdx";
import { componentSpecs } from "@/components/mdx/registry";
import { getExamples, getGlossary, getShared } from "@/lib/content";
import { pageReferences } from "@/lib/content/references";
import { emptyFacts } from "@/lib/content/remark-rules";

export const metadata: Metadata = {
  title: "Components (for authors)",
  description: "Every component authors may use in an article, with its named examples, as they render on the site.",
  robots: { index: false, follow: false },
};

/** For authors: each MDX component with its examples, exactly as pages render them. */
export default async function GalleryPage() {
  const [{ examples, problems }, glossary, safety] = await Promise.all([getExamples(), getGlossary(), getShared()]);
  // The page is one document: every example's citations number into one reference list at the end.
  const facts = examples.reduce(
    (all, e) => ({
      ...all,
      cites: [...all.cites, ...e.facts.cites],
      safety: [...all.safety, ...e.facts.safety],
      figures: [...all.figures, ...e.facts.figures],
    }),
    emptyFacts(),
  );
  const doc = { slug: "gallery", frontmatter: { sources: [] }, facts };
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Components</h1>
      <p className="lead mt-3 max-w-2xl">
        For authors: what each component looks like. The authors&apos; guide (content/README.md) explains how to use them.
      </p>
      {problems.length > 0 && (
        <p className="callout callout-warning">
          {problems.length} example{problems.length === 1 ? "" : "s"} could not be shown: they are written for the site&apos;s own content,
          and this build uses other content.
        </p>
      )}
      {componentSpecs.map((spec) => (
        <section key={spec.name} aria-labelledby={`component-${spec.name}`} className="mt-10">
          <h2 id={`component-${spec.name}`} className="text-2xl font-bold">
            <code>{spec.usage}</code>
          </h2>
          {examples
            .filter((e) => e.component === spec.name)
            .map((example) => {
              const Body = getMDXComponent(example.code);
              return (
                <figure key={example.name} className="gallery-example mt-4">
                  <figcaption className="font-semibold">Example: {example.name}</figcaption>
                  <div className="prose mt-2">
                    <Body components={mdxComponents(doc, glossary, safety, "en")} />
                  </div>
                </figure>
              );
            })}
        </section>
      ))}
      <References sources={pageReferences(doc, safety)} lang="en" />
    </>
  );
}

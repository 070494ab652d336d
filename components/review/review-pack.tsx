import { References } from "@/components/article/references";
import { RedFlags } from "@/components/mdx/red-flags/red-flags";
import { SafetyList } from "@/components/mdx/safety-list/safety-list";
import type { SafetyContext } from "@/components/mdx/safety-text";
import type { Article, GlossaryEntry } from "@/lib/content";
import type { SharedData } from "@/lib/content/types";
import type { Source } from "@/lib/content/schema";
import { formatDate as formatDateIn } from "@/lib/i18n/lang";
const formatDate = (iso: string) => formatDateIn(iso, "en");
import { site } from "@/lib/site";

/**
 * Everything a medical reviewer needs to sign an article off, on paper or on screen: each statement
 * with the sources it cites, the text that cites nothing, the safety data the page shows, the medical
 * words it defines, and the hash that the sign-off will record.
 */
export function ReviewPack({
  article,
  references,
  safety,
  glossary,
}: {
  article: Article;
  references: Source[];
  safety: SharedData;
  glossary: GlossaryEntry[];
}) {
  const ctx: SafetyContext = { terms: new Map(glossary.map((g) => [g.id, g.frontmatter])), references, lang: "en" };
  const number = (id: string) => references.findIndex((s) => s.id === id) + 1;
  const cited = article.facts.statements.filter((s) => s.cites.length > 0);
  const uncited = article.facts.statements.filter((s) => s.cites.length === 0);
  const { review } = article;
  const file = `content/articles/${article.slug}.mdx`;
  return (
    <article className="review-pack">
      <h1 className="text-3xl font-bold leading-tight">Medical review pack: {article.frontmatter.title}</h1>
      <p className="lead mt-3">For the clinic&apos;s medical reviewer. Not a page for patients; search engines are asked not to list it.</p>
      <dl className="card mt-6 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Page</dt>
        <dd>
          <a href={`/articles/${article.slug}`}>{`${site.siteUrl}/articles/${article.slug}`}</a>
        </dd>
        <dt className="font-semibold">Source file</dt>
        <dd>
          <code>{file}</code>
        </dd>
        <dt className="font-semibold">Medical review</dt>
        <dd>
          {review.status === "not-signed"
            ? "Not yet signed off."
            : `${review.status === "signed" ? "Signed off" : "Changed since it was signed off"} by ${review.reviewer.name} on ${formatDate(review.date)}.`}
        </dd>
        <dt className="font-semibold">Content hash</dt>
        <dd>
          <code className="break-all">{article.reviewHash}</code>
        </dd>
        <dt className="font-semibold">To sign off</dt>
        <dd>
          <code>npm run review:sign -- &lt;your-reviewer-id&gt; {article.slug}</code>
        </dd>
      </dl>

      <h2 id="statements" className="mt-8 text-xl font-bold">
        Statements and the sources they cite ({cited.length})
      </h2>
      <ol className="mt-3 list-decimal space-y-3 pl-6">
        {cited.map((s) => (
          <li key={`${s.line}-${s.text.slice(0, 20)}`}>
            <p>{s.text}</p>
            <p className="text-base">
              Line {s.line}. Cites{" "}
              {s.cites.map((id, i) => (
                <span key={id}>
                  {i > 0 && "; "}
                  <a href={`#ref-${id}`}>[{number(id)}]</a> {references.find((r) => r.id === id)?.title}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ol>

      <h2 id="uncited" className="mt-8 text-xl font-bold">
        Text that cites no source ({uncited.length})
      </h2>
      <p>Check that none of it is a clinical claim that needs a source.</p>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {uncited.map((s) => (
          <li key={`${s.line}-${s.text.slice(0, 20)}`}>
            {s.text} <span className="text-base">(line {s.line})</span>
          </li>
        ))}
      </ul>

      <h2 id="safety" className="mt-8 text-xl font-bold">
        Safety information the page shows
      </h2>
      <p>Written once in content/safety/ and shown on every page that uses it; a change here changes all of them.</p>
      {article.facts.safety.length === 0 && <p>None.</p>}
      {article.facts.safety.map((use) => {
        if (use.component === "SafetyList")
          return <SafetyList key={`list-${use.id}`} list={safety.lists.find((l) => l.id === use.id)!} ctx={ctx} />;
        if (use.component === "RedFlagSummary") return null;
        return <RedFlags key={`flags-${use.id}`} group={safety.groups.find((g) => g.id === use.id)!} ctx={ctx} />;
      })}

      <h2 id="words" className="mt-8 text-xl font-bold">
        Medical words the page explains
      </h2>
      <dl className="mt-3 space-y-2">
        {article.facts.terms.map((id) => {
          const entry = glossary.find((g) => g.id === id);
          return entry ? (
            <div key={id}>
              <dt className="font-semibold">{entry.frontmatter.term}</dt>
              <dd>{entry.frontmatter.definition}</dd>
            </div>
          ) : null;
        })}
      </dl>
      <References sources={references} lang="en" />
    </article>
  );
}

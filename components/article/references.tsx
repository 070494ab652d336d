import type { Source } from "@/lib/content/schema";

/** The numbered reference list that <Cite> links point to. */
export function References({ sources }: { sources: Source[] }) {
  return (
    <section aria-labelledby="references" className="mt-10" data-pagefind-ignore="">
      <h2 id="references" className="text-xl font-bold">
        References
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-base">
        {sources.map((s) => (
          <li key={s.id} id={`ref-${s.id}`}>
            {s.title}. {s.publisher}. <a href={s.url}>{s.url}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { EvidenceBadge } from "@/components/mdx/use/use";
import type { UseClaim } from "@/lib/content/types";
import { settings } from "@/lib/content/schema";

/** "At a glance": every <Use> in the article with its evidence level, built from the content itself. */
export function UsesSummary({ uses }: { uses: UseClaim[] }) {
  return (
    <section aria-labelledby="at-a-glance" className="mt-8 max-w-2xl">
      <h2 id="at-a-glance" className="text-2xl font-bold">
        At a glance
      </h2>
      <div className="table-wrap mt-3" role="region" aria-labelledby="at-a-glance" tabIndex={0}>
        <table className="glance-table">
          <caption className="sr-only">Each use of IV magnesium, how strong the evidence is, and where it is given</caption>
          <thead>
            <tr>
              <th scope="col">Use</th>
              <th scope="col">Evidence</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {uses.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  <a href={`#${u.id}`}>{u.title}</a>
                </th>
                <td>
                  <EvidenceBadge level={u.evidence} />
                </td>
                <td>{settings[u.where]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

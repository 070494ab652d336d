import { EvidenceBadge } from "@/components/mdx/use/use";
import type { UseClaim } from "@/lib/content/types";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** "At a glance": every <Use> in the article with its evidence level, built from the content itself. */
export function UsesSummary({ uses, lang }: { uses: UseClaim[]; lang: Lang }) {
  const m = t(lang).article;
  return (
    <section aria-labelledby="at-a-glance" className="mt-8 max-w-2xl">
      <h2 id="at-a-glance" className="text-2xl font-bold">
        {m.atAGlance}
      </h2>
      {/* Named by the table's caption: the section already has the heading's name, and two landmarks should differ. */}
      <div className="table-wrap mt-3" role="region" aria-labelledby="at-a-glance-table" tabIndex={0}>
        <table className="glance-table">
          <caption id="at-a-glance-table" className="sr-only">
            {m.glanceCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.use}</th>
              <th scope="col">{m.evidence}</th>
              <th scope="col">{m.where}</th>
            </tr>
          </thead>
          <tbody>
            {uses.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  <a href={`#${u.id}`}>{u.title}</a>
                </th>
                <td>
                  <EvidenceBadge level={u.evidence} lang={lang} />
                </td>
                <td>{t(lang).mdx.settings[u.where]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

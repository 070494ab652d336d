import type { SafetyList as List } from "@/lib/content/schema";
import { t } from "@/lib/i18n/messages";
import { SafetyCites, type SafetyContext, SafetyText } from "../safety-text";

/** A contraindication or caution list, or an interaction table, rendered from content/safety/lists.yaml. */
export function SafetyList({ list, ctx }: { list: List; ctx: SafetyContext }) {
  const titleId = `sl-${list.id}`;
  return (
    <div className={`safety-list safety-list-${list.kind}`} data-safety-list={list.id}>
      <p className="safety-list-title" id={titleId}>
        {list.title}
      </p>
      {list.lead && (
        <p>
          <SafetyText text={list.lead} ctx={ctx} />
        </p>
      )}
      {list.kind === "interaction" ? (
        <div className="table-wrap" role="region" aria-labelledby={titleId} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(ctx.lang).mdx.medicine}</th>
                <th scope="col">{t(ctx.lang).mdx.whatCanHappen}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.medicine}</td>
                  <td>
                    <SafetyText text={item.text} ctx={ctx} />
                    <SafetyCites sources={item.sources} ctx={ctx} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ul aria-labelledby={titleId}>
          {list.items.map((item) => (
            <li key={item.id}>
              <SafetyText text={item.text} ctx={ctx} />
              <SafetyCites sources={item.sources} ctx={ctx} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

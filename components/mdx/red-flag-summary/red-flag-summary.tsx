import type { RedFlagGroup } from "@/lib/content/schema";
import { localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { actionLine, urgency } from "../red-flags/red-flags";
import { type SafetyContext, SafetyText } from "../safety-text";

/** Several groups that share one action, one line each, linked to where each is explained in full. */
export function RedFlagSummary({ groups, ctx }: { groups: RedFlagGroup[]; ctx: SafetyContext }) {
  const action = groups[0]!.action;
  return (
    <aside className={`emergency emergency-${action}`} aria-label={t(ctx.lang).mdx.warningSigns}>
      <p className="emergency-title">
        <span className="sr-only">{urgency(action, ctx.lang)}</span>
        {actionLine(action, ctx.lang)}
      </p>
      <div className="emergency-body">
        <ul>
          {groups.map((group) => (
            <li key={group.id}>
              <SafetyText text={group.summary} ctx={ctx} /> (
              <a href={localize(group.details, ctx.lang)}>{group.title.charAt(0).toLowerCase() + group.title.slice(1)}</a>)
            </li>
          ))}
        </ul>
        {action !== "call-clinic" && <p className="emergency-note">{t(ctx.lang).mdx.noWait}</p>}
      </div>
    </aside>
  );
}

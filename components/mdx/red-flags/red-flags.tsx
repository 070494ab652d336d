import { siteIn } from "@/lib/site";
import type { RedFlagAction, RedFlagGroup } from "@/lib/content/schema";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { SafetyCites, type SafetyContext, SafetyText } from "../safety-text";

/** The card's heading line for an action, with the numbers from the site settings. */
export function actionLine(action: RedFlagAction, lang: Lang): string {
  const site = siteIn(lang);
  return t(lang).mdx.actions[action].replaceAll("{emergency}", site.emergencyNumber).replaceAll("{crisis}", site.crisisLine.number);
}

// In the NHS's style: urgent-care cards announce how urgent they are, not by colour alone.
export const urgency = (action: RedFlagAction, lang: Lang) => t(lang).mdx.urgency[action === "call-clinic" ? "urgent" : "immediate"];

/** One red-flag group as an emergency card: what to do, then the signs, each with its sources. */
export function RedFlags({ group, ctx }: { group: RedFlagGroup; ctx: SafetyContext }) {
  const titleId = `rf-${group.id}`;
  return (
    <aside className={`emergency emergency-${group.action}`} aria-labelledby={titleId} data-red-flags={group.id}>
      <p className="emergency-title" id={titleId}>
        <span className="sr-only">{urgency(group.action, ctx.lang)}</span>
        {group.title}
      </p>
      <div className="emergency-body">
        <p className="emergency-action">{actionLine(group.action, ctx.lang)}</p>
        {group.lead && (
          <p>
            <SafetyText text={group.lead} ctx={ctx} />
          </p>
        )}
        <ul>
          {group.items.map((item) => (
            <li key={item.text}>
              <SafetyText text={item.text} ctx={ctx} />
              <SafetyCites sources={item.sources} ctx={ctx} />
            </li>
          ))}
        </ul>
        {group.note && (
          <p>
            <SafetyText text={group.note} ctx={ctx} />
          </p>
        )}
        {group.action !== "call-clinic" && <p className="emergency-note">{t(ctx.lang).mdx.noWait}</p>}
      </div>
    </aside>
  );
}

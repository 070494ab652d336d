import { site } from "@/lib/site";
import { type RedFlagAction, type RedFlagGroup, redFlagActions } from "@/lib/content/schema";
import { SafetyCites, type SafetyContext, SafetyText } from "../safety-text";

/** The card's heading line for an action, with the numbers from the site settings. */
export function actionLine(action: RedFlagAction): string {
  return redFlagActions[action].replaceAll("{emergency}", site.emergencyNumber).replaceAll("{crisis}", site.crisisLine.number);
}

// In the NHS's style: urgent-care cards announce how urgent they are, not by colour alone.
export const urgency = (action: RedFlagAction) => (action === "call-clinic" ? "Urgent advice: " : "Immediate action required: ");

/** One red-flag group as an emergency card: what to do, then the signs, each with its sources. */
export function RedFlags({ group, ctx }: { group: RedFlagGroup; ctx: SafetyContext }) {
  const titleId = `rf-${group.id}`;
  return (
    <aside className={`emergency emergency-${group.action}`} aria-labelledby={titleId} data-red-flags={group.id}>
      <p className="emergency-title" id={titleId}>
        <span className="sr-only">{urgency(group.action)}</span>
        {group.title}
      </p>
      <div className="emergency-body">
        <p className="emergency-action">{actionLine(group.action)}</p>
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
        {group.action !== "call-clinic" && <p className="emergency-note">Do not wait for a clinic appointment or an infusion.</p>}
      </div>
    </aside>
  );
}

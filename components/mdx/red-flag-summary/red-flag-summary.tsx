import type { RedFlagGroup } from "@/lib/content/schema";
import { actionLine, urgency } from "../red-flags/red-flags";
import { type SafetyContext, SafetyText } from "../safety-text";

/** Several groups that share one action, one line each, linked to where each is explained in full. */
export function RedFlagSummary({ groups, ctx }: { groups: RedFlagGroup[]; ctx: SafetyContext }) {
  const action = groups[0]!.action;
  return (
    <aside className={`emergency emergency-${action}`} aria-label="Warning signs">
      <p className="emergency-title">
        <span className="sr-only">{urgency(action)}</span>
        {actionLine(action)}
      </p>
      <div className="emergency-body">
        <ul>
          {groups.map((group) => (
            <li key={group.id}>
              <SafetyText text={group.summary} ctx={ctx} /> (
              <a href={group.details}>{group.title.charAt(0).toLowerCase() + group.title.slice(1)}</a>)
            </li>
          ))}
        </ul>
        {action !== "call-clinic" && <p className="emergency-note">Do not wait for a clinic appointment or an infusion.</p>}
      </div>
    </aside>
  );
}

import type { ReactNode } from "react";
import { site } from "@/lib/site";

/** Red-flag signs that need emergency care, in the style of the NHS's urgent-care cards. */
export function Emergency({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <aside className="emergency" aria-label="Emergency advice">
      <p className="emergency-title">
        <span className="sr-only">Immediate action required: </span>
        {title ?? `Call ${site.emergencyNumber} or go to the emergency department now if:`}
      </p>
      <div className="emergency-body">
        {children}
        <p className="emergency-note">Do not wait for a clinic appointment or an infusion.</p>
      </div>
    </aside>
  );
}

import type { ReactNode } from "react";

import { calloutTypes as prefixes } from "./spec";

/** A highlighted note; the type is announced to screen readers, not shown by colour alone. */
export function Callout({ type, title, children }: { type: keyof typeof prefixes; title?: string; children?: ReactNode }) {
  return (
    <aside className={`callout callout-${type}`}>
      <p className="callout-title">
        <span className={title ? "sr-only" : undefined}>{prefixes[type]}</span>
        {title && <span className="sr-only">: </span>}
        {title}
      </p>
      {children}
    </aside>
  );
}

import type { ReactNode } from "react";

import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import type { calloutTypes } from "./spec";

/** A highlighted note; the type is announced to screen readers, not shown by colour alone. */
export function Callout({
  type,
  title,
  lang,
  children,
}: {
  type: keyof typeof calloutTypes;
  title?: string;
  lang: Lang;
  children?: ReactNode;
}) {
  return (
    <aside className={`callout callout-${type}`}>
      <p className="callout-title">
        <span className={title ? "sr-only" : undefined}>{t(lang).mdx.callout[type]}</span>
        {title && <span className="sr-only">: </span>}
        {title}
      </p>
      {children}
    </aside>
  );
}

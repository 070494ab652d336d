import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/** Shown with every display of clinic details until the clinic replaces the samples. */
export function PlaceholderNotice({ lang }: { lang: Lang }) {
  const m = t(lang).clinic;
  return (
    <p className="placeholder-notice">
      <strong>{m.sampleStrong}</strong> {m.sampleText}
    </p>
  );
}

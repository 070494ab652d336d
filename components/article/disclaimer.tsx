import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { site } from "@/lib/site";

/** The short medical disclaimer shown on every article. */
export function Disclaimer({ lang }: { lang: Lang }) {
  const m = t(lang).article;
  return (
    <aside aria-label={m.disclaimerLabel} className="card mt-8 text-base" data-pagefind-ignore="">
      <p>
        <strong>{m.disclaimerStrong}</strong> {m.disclaimerText(site.emergencyNumber)}
      </p>
    </aside>
  );
}

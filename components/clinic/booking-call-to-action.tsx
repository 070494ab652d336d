import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { site } from "@/lib/site";
import { PlaceholderNotice } from "./placeholder-notice";

/**
 * The next step, at the end of an article: book or call. Never placed inside safety information,
 * and not shown on safety articles at all.
 */
export function BookingCallToAction({ lang }: { lang: Lang }) {
  const c = site.clinic;
  const m = t(lang).clinic;
  return (
    <aside aria-labelledby="next-step" className="booking-cta card mt-10 print-hide" data-pagefind-ignore="">
      <h2 id="next-step" className="text-xl font-bold">
        {m.nextStepHeading}
      </h2>
      <p className="mt-2">{m.nextStepText}</p>
      {c.placeholder && <PlaceholderNotice lang={lang} />}
      <p className="mt-3 flex flex-wrap gap-3">
        <a href={c.bookingUrl} className="button">
          {m.book}
        </a>
        <a href={`tel:${c.phone.replace(/[^+\d]/g, "")}`} className="button button-secondary">
          {m.call(c.phone)}
        </a>
      </p>
    </aside>
  );
}

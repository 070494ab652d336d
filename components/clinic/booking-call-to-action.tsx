import { site } from "@/lib/site";
import { PlaceholderNotice } from "./placeholder-notice";

/**
 * The next step, at the end of an article: book or call. Never placed inside safety information,
 * and not shown on safety articles at all.
 */
export function BookingCallToAction() {
  const c = site.clinic;
  return (
    <aside aria-labelledby="next-step" className="booking-cta card mt-10 print-hide" data-pagefind-ignore="">
      <h2 id="next-step" className="text-xl font-bold">
        Thinking about an infusion?
      </h2>
      <p className="mt-2">
        The clinic team can check whether it is right for you, and whether food or tablets would do instead. Book an assessment or call us
        with questions.
      </p>
      {c.placeholder && <PlaceholderNotice />}
      <p className="mt-3 flex flex-wrap gap-3">
        <a href={c.bookingUrl} className="button">
          Book an appointment
        </a>
        <a href={`tel:${c.phone.replace(/[^+\d]/g, "")}`} className="button button-secondary">
          Call {c.phone}
        </a>
      </p>
    </aside>
  );
}

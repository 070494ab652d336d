import { PlaceholderNotice } from "@/components/clinic/placeholder-notice";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { describeHours, site } from "@/lib/site";

/** The clinic's contact details, from content/site.json; says so plainly while they are samples. */
export function ClinicDetails({ lang }: { lang: Lang }) {
  const c = site.clinic;
  const m = t(lang).clinic;
  return (
    <div className="clinic-details card not-prose">
      {c.placeholder && <PlaceholderNotice lang={lang} />}
      <p className="font-bold">{c.name}</p>
      <address className="not-italic">
        {c.address.street}
        <br />
        {c.address.city}, {c.address.region} {c.address.postalCode}
      </address>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{m.phone}</dt>
        <dd>
          <a href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>{c.phone}</a>
        </dd>
        <dt className="font-semibold">{m.email}</dt>
        <dd>
          <a href={`mailto:${c.email}`}>{c.email}</a>
        </dd>
        <dt className="font-semibold">{m.hours}</dt>
        <dd>
          <ul>
            {c.hours.map((h) => (
              <li key={h.days.join()}>{describeHours(h, lang)}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <p className="mt-3">
        <a href={c.bookingUrl} className="button">
          {m.book}
        </a>
      </p>
    </div>
  );
}

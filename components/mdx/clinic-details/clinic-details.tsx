import { PlaceholderNotice } from "@/components/clinic/placeholder-notice";
import { describeHours, site } from "@/lib/site";

/** The clinic's contact details, from content/site.json; says so plainly while they are samples. */
export function ClinicDetails() {
  const c = site.clinic;
  return (
    <div className="clinic-details card not-prose">
      {c.placeholder && <PlaceholderNotice />}
      <p className="font-bold">{c.name}</p>
      <address className="not-italic">
        {c.address.street}
        <br />
        {c.address.city}, {c.address.region} {c.address.postalCode}
      </address>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Phone</dt>
        <dd>
          <a href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>{c.phone}</a>
        </dd>
        <dt className="font-semibold">Email</dt>
        <dd>
          <a href={`mailto:${c.email}`}>{c.email}</a>
        </dd>
        <dt className="font-semibold">Opening hours</dt>
        <dd>
          <ul>
            {c.hours.map((h) => (
              <li key={h.days.join()}>{describeHours(h)}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <p className="mt-3">
        <a href={c.bookingUrl} className="button">
          Book an appointment
        </a>
      </p>
    </div>
  );
}

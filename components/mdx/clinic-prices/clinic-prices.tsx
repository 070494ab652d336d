import { PlaceholderNotice } from "@/components/clinic/placeholder-notice";
import type { Service } from "@/lib/content/schema";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { siteIn } from "@/lib/site";

/** "$150", or the honest answer while the clinic has not set a price. */
export function priceText(price: Service["price"], lang: Lang = "en"): string {
  if (!price) return t(lang).clinic.askClinic;
  return new Intl.NumberFormat(`${lang}-US`, {
    style: "currency",
    currency: price.currency,
    maximumFractionDigits: price.amount % 1 ? 2 : 0,
  }).format(price.amount);
}

/** The clinic's services and prices, from content/site.json (in the page's language). */
export function ClinicPrices({ lang }: { lang: Lang }) {
  const { services, placeholder, phone } = siteIn(lang).clinic;
  const m = t(lang).clinic;
  return (
    <div className="clinic-prices not-prose">
      {placeholder && <PlaceholderNotice lang={lang} />}
      {services.length === 0 ? (
        <p>{m.noPrices(phone)}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={m.pricesLabel} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{m.service}</th>
                <th scope="col">{m.includes}</th>
                <th scope="col">{m.visitLength}</th>
                <th scope="col">{m.price}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.description}</td>
                  <td>{s.visitLength ?? m.askClinic}</td>
                  <td>{priceText(s.price, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

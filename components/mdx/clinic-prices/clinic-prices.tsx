import { PlaceholderNotice } from "@/components/clinic/placeholder-notice";
import type { Service } from "@/lib/content/schema";
import { site } from "@/lib/site";

/** "$150", or the honest answer while the clinic has not set a price. */
export function priceText(price: Service["price"]): string {
  if (!price) return "Ask the clinic";
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: price.currency,
    maximumFractionDigits: price.amount % 1 ? 2 : 0,
  }).format(price.amount);
}

/** The clinic's services and prices, from content/site.json. */
export function ClinicPrices() {
  const { services, placeholder, phone } = site.clinic;
  return (
    <div className="clinic-prices not-prose">
      {placeholder && <PlaceholderNotice />}
      {services.length === 0 ? (
        <p>The clinic has not listed its prices here yet. Call {phone} to ask what a visit costs.</p>
      ) : (
        <div className="table-wrap" role="region" aria-label="Prices (scrolls sideways)" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">What it includes</th>
                <th scope="col">Visit length</th>
                <th scope="col">Price</th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.description}</td>
                  <td>{s.visitLength ?? "Ask the clinic"}</td>
                  <td>{priceText(s.price)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

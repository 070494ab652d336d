import { formatDate, type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { qrSvg } from "@/lib/qr";
import { site } from "@/lib/site";

/** Printed at the end of a handout only: where the page lives, how current it is, who to call. */
export function PrintFooter({ path, lastReviewed, lang }: { path: string; lastReviewed?: string; lang: Lang }) {
  const url = `${site.siteUrl}${localize(path, lang)}`;
  const m = t(lang).print;
  // Made at build time, with no network: the QR code is inline SVG in the static page.
  const qr = qrSvg(url);
  const { name, phone, placeholder } = site.clinic;
  return (
    <aside aria-label={m.label} className="print-only print-footer" data-pagefind-ignore="">
      <div className="print-qr" role="img" aria-label={m.qr(url)} dangerouslySetInnerHTML={{ __html: qr }} />
      <dl>
        <dt>{m.readOnline}</dt>
        <dd className="print-url">{url}</dd>
        {lastReviewed && (
          <>
            <dt>{m.lastReviewed}</dt>
            <dd>{formatDate(lastReviewed, lang)}</dd>
          </>
        )}
        <dt>{m.questions}</dt>
        <dd>
          {placeholder ? m.askClinic : m.clinicPhone(name, phone)} {m.emergency(site.emergencyNumber)}
        </dd>
      </dl>
    </aside>
  );
}

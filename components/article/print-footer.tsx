import { formatDate } from "@/lib/format";
import { qrSvg } from "@/lib/qr";
import { site } from "@/lib/site";

/** Printed at the end of a handout only: where the page lives, how current it is, who to call. */
export function PrintFooter({ path, lastReviewed }: { path: string; lastReviewed?: string }) {
  const url = `${site.siteUrl}${path}`;
  // Made at build time, with no network: the QR code is inline SVG in the static page.
  const qr = qrSvg(url);
  const { name, phone, placeholder } = site.clinic;
  return (
    <aside aria-label="Handout details" className="print-only print-footer" data-pagefind-ignore="">
      <div className="print-qr" role="img" aria-label={`QR code for ${url}`} dangerouslySetInnerHTML={{ __html: qr }} />
      <dl>
        <dt>Read this page online</dt>
        <dd className="print-url">{url}</dd>
        {lastReviewed && (
          <>
            <dt>Last reviewed</dt>
            <dd>{formatDate(lastReviewed)}</dd>
          </>
        )}
        <dt>Questions</dt>
        <dd>
          {placeholder ? "Ask the clinic that gave you this handout." : `${name}. Phone ${phone}.`} In an emergency, call{" "}
          {site.emergencyNumber}.
        </dd>
      </dl>
    </aside>
  );
}

import type { ReactNode } from "react";
import { UpdatedSinceSent } from "@/components/article/what-changed";
import { CopyButton } from "@/components/copy-link";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { qrSvg } from "@/lib/qr";
import { site } from "@/lib/site";

/**
 * A handout packet: its title, its pieces, and once at the end the clinic's contact details and one QR
 * code for the packet's own address. `url` is null for a packet put together in the browser: the
 * enhancement script then fills in its address and QR code.
 */
export function PacketFrame({
  title,
  intro,
  url,
  lang,
  children,
}: {
  title: string;
  intro: ReactNode;
  url: string | null;
  lang: Lang;
  children: ReactNode;
}) {
  const { name, phone, placeholder } = site.clinic;
  const m = t(lang).handout;
  const p = t(lang).print;
  return (
    <article className="packet">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{title}</h1>
      <div className="lead mt-3 max-w-2xl print-hide">{intro}</div>
      <p className="mt-3 print-hide">
        <CopyButton text={url ?? ""} href={url ?? undefined} label={title} url={url ?? undefined} lang={lang}>
          {m.copyPacketLink}
        </CopyButton>
      </p>
      <UpdatedSinceSent what="handout" lang={lang} />
      {children}
      <section aria-labelledby="packet-details" className="packet-footer card mt-10" data-pagefind-ignore="">
        <h2 id="packet-details" className="text-xl font-bold">
          {m.about}
        </h2>
        <div className="packet-footer-body mt-3">
          {url ? (
            <div className="print-qr" role="img" aria-label={p.qr(url)} dangerouslySetInnerHTML={{ __html: qrSvg(url) }} />
          ) : (
            <div className="print-qr" data-packet-qr="" hidden />
          )}
          <dl>
            <dt className="font-semibold">{m.readOnline}</dt>
            <dd className="print-url" data-packet-url="">
              {url ?? m.inBrowser}
            </dd>
            <dt className="font-semibold">{p.questions}</dt>
            <dd>
              {placeholder ? p.askClinic : p.clinicPhone(name, phone)} {p.emergency(site.emergencyNumber)}
            </dd>
          </dl>
        </div>
      </section>
    </article>
  );
}

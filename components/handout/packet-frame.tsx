import type { ReactNode } from "react";
import { UpdatedSinceSent } from "@/components/article/what-changed";
import { CopyButton } from "@/components/copy-link";
import { qrSvg } from "@/lib/qr";
import { site } from "@/lib/site";

/**
 * A handout packet: its title, its pieces, and once at the end the clinic's contact details and one QR
 * code for the packet's own address. `url` is null for a packet put together in the browser: the
 * enhancement script then fills in its address and QR code.
 */
export function PacketFrame({ title, intro, url, children }: { title: string; intro: ReactNode; url: string | null; children: ReactNode }) {
  const { name, phone, placeholder } = site.clinic;
  return (
    <article className="packet">
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{title}</h1>
      <div className="lead mt-3 max-w-2xl print-hide">{intro}</div>
      <p className="mt-3 print-hide">
        <CopyButton text={url ?? ""} href={url ?? undefined} label={title} url={url ?? undefined}>
          Copy the packet link
        </CopyButton>
      </p>
      <UpdatedSinceSent what="handout" />
      {children}
      <section aria-labelledby="packet-details" className="packet-footer card mt-10" data-pagefind-ignore="">
        <h2 id="packet-details" className="text-xl font-bold">
          About this handout
        </h2>
        <div className="packet-footer-body mt-3">
          {url ? (
            <div className="print-qr" role="img" aria-label={`QR code for ${url}`} dangerouslySetInnerHTML={{ __html: qrSvg(url) }} />
          ) : (
            <div className="print-qr" data-packet-qr="" hidden />
          )}
          <dl>
            <dt className="font-semibold">Read it online</dt>
            <dd className="print-url" data-packet-url="">
              {url ?? "Put together in your browser: the link is in the address bar."}
            </dd>
            <dt className="font-semibold">Questions</dt>
            <dd>
              {placeholder ? "Ask the clinic that gave you this handout." : `${name}. Phone ${phone}.`} In an emergency, call{" "}
              {site.emergencyNumber}.
            </dd>
          </dl>
        </div>
      </section>
    </article>
  );
}

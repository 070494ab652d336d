import type { Metadata } from "next";
import { PacketFrame } from "@/components/handout/packet-frame";
import { getArticles, getPackets } from "@/lib/content";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: "Your handout",
  description: "A handout put together by the clinic from several articles and sections, ready to read or print.",
  robots: { index: false, follow: false },
  alternates: { canonical: "/handout" },
};

/**
 * A packet staff put together on /share: /handout?items=<slug>[:<section-id>],…&sent=YYYY-MM-DD. The page
 * is static; the enhancement script reads the items, fetches their pieces from /handout/parts/<slug> and
 * adds the packet's QR code. Items it cannot find are named, never dropped in silence.
 */
export default async function HandoutPage() {
  const [packets, articles] = await Promise.all([getPackets(), getArticles()]);
  return (
    <PacketFrame
      title="Your handout"
      intro={<p>The pages the clinic chose for you, in one place. Print this page to keep it.</p>}
      url={null}
    >
      {/* The articles that have pieces: an unknown slug is named as not found without asking the server. */}
      <div
        data-packet-items=""
        data-site={site.siteUrl}
        data-slugs={articles.map((a) => a.slug).join(" ")}
        data-former={articles.flatMap((a) => a.frontmatter.formerSlugs.map((old) => `${old}:${a.slug}`)).join(" ")}
        data-enhance=""
        aria-live="polite"
      >
        <div data-packet-waiting="" className="callout mt-6">
          <p>
            This handout is put together in your browser, which needs JavaScript. If it does not appear, these ready-made handouts and every
            article work without it:
          </p>
          <ul className="mt-2 list-disc pl-6">
            {packets.map((p) => (
              <li key={p.id}>
                <a href={`/handout/${p.id}`}>{p.title}</a>
              </li>
            ))}
            <li>
              <a href="/#topics">All topics</a>
            </li>
          </ul>
        </div>
        <div data-packet-missing="" className="callout callout-warning mt-6" hidden>
          <p>
            <strong>Not found:</strong> these items are not on the site (or the link was cut short), so they are not in this handout. Ask
            the clinic for a new link.
          </p>
          <ul className="mt-2 list-disc pl-6" />
        </div>
        <p data-packet-empty="" className="callout mt-6" hidden>
          No articles or sections were chosen for this handout. Ask the clinic for a new link.
        </p>
      </div>
    </PacketFrame>
  );
}

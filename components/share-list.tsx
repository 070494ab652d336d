import { CopyButton } from "@/components/copy-link";
import { formatDate } from "@/lib/format";

export interface ShareItem {
  slug: string;
  title: string;
  summary: string;
  /** The article's last-reviewed date (YYYY-MM-DD), for the note for the record. */
  lastReviewed: string;
  /** The article's absolute URL, without query or #anchor. */
  url: string;
  sections: { id: string; text: string; depth: 2 | 3; url: string }[];
}

export interface SharePacket {
  id: string;
  title: string;
  description: string;
  url: string;
}

/** The link as sent on a given day: ?sent= goes before any #anchor, so the link still lands on its section. */
export const withSent = (url: string, sent: string) => url.replace(/(#.*)?$/, (hash) => `?sent=${sent}${hash}`);

/** Email-ready snippet: title, one-line summary, link. */
export const snippet = (item: Pick<ShareItem, "title" | "summary">, url: string) => `${item.title}\n${item.summary}\n${url}`;

/** A note for the patient's record: what was given, its review date and the link, on one line. */
export const recordNote = (title: string, section: string | null, reviewed: string, url: string) =>
  `Patient education: “${title}”${section ? `, section “${section}”` : ""} (last reviewed ${reviewed}): ${url}`;

/** The note for the record, shown (it works without JavaScript) with a copy button. */
function RecordNote({ text, label, before, url }: { text: string; label: string; before: string; url: string }) {
  return (
    <details className="record-note mt-2">
      <summary>Note for the record</summary>
      <p className="share-snippet mt-1" data-url={url} data-before={before}>
        {text}
      </p>
      <CopyButton text={text} label={label} url={url} before={before}>
        Copy note for the record
      </CopyButton>
    </details>
  );
}

/** A tick box that adds an article or section to the packet form (linked by form="packet"). */
function PacketTick({ value, label }: { value: string; label: string }) {
  return (
    <label className="packet-tick">
      <input type="checkbox" name="items" value={value} form="packet" className="h-5 w-5" />
      <span>
        Add to packet<span className="sr-only">: {label}</span>
      </span>
    </label>
  );
}

/**
 * Every article with its sections, each with a copy button, a note for the patient's record and a tick
 * box for a handout packet. Links carry ?sent=<the day they were made>: the build's date in the HTML, and
 * today's once the enhancement script (lib/browser/enhance.ts) runs. Everything that carries a link names
 * its bare URL in data-url (and any text before it in data-before), so the script can date and tag it.
 */
export function ShareList({ items, packets, sent }: { items: ShareItem[]; packets: SharePacket[]; sent: string }) {
  const choose = (
    <p className="mt-3 flex flex-wrap items-center gap-3">
      <button type="submit" form="packet" className="button">
        Open the packet
      </button>
      <span data-packet-count="" data-one="1 item ticked" data-many="{n} items ticked" aria-live="polite" />
    </p>
  );
  return (
    <>
      <p className="card mt-6 flex items-center gap-3">
        <input id="campaign-tag" type="checkbox" className="h-6 w-6" disabled data-campaign="" data-enhance="" />
        <label htmlFor="campaign-tag">
          Add a campaign tag to every link (<code>utm_source=email</code>)
        </label>
      </p>

      <section aria-labelledby="packets" className="card mt-6">
        <h2 id="packets" className="text-xl font-bold">
          Handout packets
        </h2>
        <p className="mt-1">
          One printable handout made of several articles or sections, with one QR code. Use a ready-made packet, or tick “Add to packet”
          next to any article or section below and open your own.
        </p>
        <h3 className="mt-4 font-semibold">Ready-made packets</h3>
        <ul className="mt-2 space-y-3">
          {packets.map((p) => {
            const url = withSent(p.url, sent);
            return (
              <li key={p.id}>
                <a href={url} data-url={p.url} className="font-semibold">
                  {p.title}
                </a>
                <p>{p.description}</p>
                <CopyButton text={url} href={url} label={`packet ${p.title}`} url={p.url}>
                  Copy link
                </CopyButton>
              </li>
            );
          })}
        </ul>
        <form id="packet" action="/handout" method="get" className="mt-4" data-packet-form="">
          <h3 className="font-semibold">Your own packet</h3>
          <input type="hidden" name="sent" value={sent} />
          <p className="mt-1">Tick the articles and sections you want, in any order; the packet keeps the order of this page.</p>
          {choose}
        </form>
      </section>

      <ul className="mt-6 space-y-8">
        {items.map((item) => {
          const url = withSent(item.url, sent);
          const reviewed = formatDate(item.lastReviewed);
          const before = snippet(item, "");
          return (
            <li key={item.url} className="card">
              <h2 className="text-xl font-bold">
                <a href={url} data-url={item.url}>
                  {item.title}
                </a>
              </h2>
              <p className="mt-1">{item.summary}</p>
              <pre className="share-snippet mt-3" data-url={item.url} data-before={before}>
                {snippet(item, url)}
              </pre>
              <p className="mt-2 flex flex-wrap items-center gap-2">
                <CopyButton text={snippet(item, url)} label={item.title} url={item.url} before={before}>
                  Copy email snippet
                </CopyButton>
                <CopyButton text={url} href={url} label={item.title} url={item.url}>
                  Copy link
                </CopyButton>
                <PacketTick value={item.slug} label={`the whole article “${item.title}”`} />
              </p>
              <RecordNote
                text={recordNote(item.title, null, reviewed, url)}
                label={item.title}
                before={recordNote(item.title, null, reviewed, "")}
                url={item.url}
              />
              <h3 className="mt-4 font-semibold">Sections</h3>
              <ul className="mt-2 space-y-3">
                {item.sections.map((s) => {
                  const sectionUrl = withSent(s.url, sent);
                  const label = `${item.title}, section ${s.text}`;
                  return (
                    <li key={s.id} className={s.depth === 3 ? "pl-5" : ""}>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <a href={sectionUrl} data-url={s.url}>
                          {s.text}
                        </a>
                        <span className="flex flex-wrap items-center gap-2">
                          <CopyButton text={sectionUrl} href={sectionUrl} label={label} url={s.url}>
                            Copy link
                          </CopyButton>
                          <PacketTick value={`${item.slug}:${s.id}`} label={`section “${s.text}” of “${item.title}”`} />
                        </span>
                      </div>
                      <RecordNote
                        text={recordNote(item.title, s.text, reviewed, sectionUrl)}
                        label={label}
                        before={recordNote(item.title, s.text, reviewed, "")}
                        url={s.url}
                      />
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
      {choose}
    </>
  );
}

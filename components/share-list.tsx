import { CopyButton } from "@/components/copy-link";
import { formatDate, type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

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

/** A note for the patient's record: what was given, its review date and the link, on one line (in the page's language). */
export const recordNote = (title: string, section: string | null, reviewed: string, url: string, lang: Lang = "en") =>
  t(lang).share.record(title, section, reviewed, url);

/** The note for the record, shown (it works without JavaScript) with a copy button. */
function RecordNote({ text, label, before, url, lang }: { text: string; label: string; before: string; url: string; lang: Lang }) {
  const m = t(lang).share;
  return (
    <details className="record-note mt-2">
      <summary>{m.recordNote}</summary>
      <p className="share-snippet mt-1" data-url={url} data-before={before}>
        {text}
      </p>
      <CopyButton text={text} label={label} url={url} before={before} lang={lang}>
        {m.copyRecordNote}
      </CopyButton>
    </details>
  );
}

/** A tick box that adds an article or section to the packet form (linked by form="packet"). */
function PacketTick({ value, label, lang }: { value: string; label: string; lang: Lang }) {
  return (
    <label className="packet-tick">
      <input type="checkbox" name="items" value={value} form="packet" className="h-5 w-5" />
      <span>
        {t(lang).share.addToPacket}
        <span className="sr-only">: {label}</span>
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
export function ShareList({ items, packets, sent, lang }: { items: ShareItem[]; packets: SharePacket[]; sent: string; lang: Lang }) {
  const m = t(lang).share;
  const choose = (
    <p className="mt-3 flex flex-wrap items-center gap-3">
      <button type="submit" form="packet" className="button">
        {m.openPacket}
      </button>
      <span data-packet-count="" data-one={m.oneTicked} data-many={m.manyTicked} aria-live="polite" />
    </p>
  );
  return (
    <>
      <p className="card mt-6 flex items-center gap-3">
        <input id="campaign-tag" type="checkbox" className="h-6 w-6" disabled data-campaign="" data-enhance="" />
        <label htmlFor="campaign-tag">
          {m.campaign} (<code>utm_source=email</code>)
        </label>
      </p>

      <section aria-labelledby="packets" className="card mt-6">
        <h2 id="packets" className="text-xl font-bold">
          {m.packets}
        </h2>
        <p className="mt-1">{m.packetsText}</p>
        <h3 className="mt-4 font-semibold">{m.readyMade}</h3>
        <ul className="mt-2 space-y-3">
          {packets.map((p) => {
            const url = withSent(p.url, sent);
            return (
              <li key={p.id}>
                <a href={url} data-url={p.url} className="font-semibold">
                  {p.title}
                </a>
                <p>{p.description}</p>
                <CopyButton text={url} href={url} label={m.packetLabel(p.title)} url={p.url} lang={lang}>
                  {m.copyLink}
                </CopyButton>
              </li>
            );
          })}
        </ul>
        <form id="packet" action={localize("/handout", lang)} method="get" className="mt-4" data-packet-form="">
          <h3 className="font-semibold">{m.ownPacket}</h3>
          <input type="hidden" name="sent" value={sent} />
          <p className="mt-1">{m.ownPacketText}</p>
          {choose}
        </form>
      </section>

      <ul className="mt-6 space-y-8">
        {items.map((item) => {
          const url = withSent(item.url, sent);
          const reviewed = formatDate(item.lastReviewed, lang);
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
                <CopyButton text={snippet(item, url)} label={item.title} url={item.url} before={before} lang={lang}>
                  {m.copySnippet}
                </CopyButton>
                <CopyButton text={url} href={url} label={item.title} url={item.url} lang={lang}>
                  {m.copyLink}
                </CopyButton>
                <PacketTick value={item.slug} label={m.wholeArticle(item.title)} lang={lang} />
              </p>
              <RecordNote
                text={recordNote(item.title, null, reviewed, url, lang)}
                label={item.title}
                before={recordNote(item.title, null, reviewed, "", lang)}
                url={item.url}
                lang={lang}
              />
              <h3 className="mt-4 font-semibold">{m.sections}</h3>
              <ul className="mt-2 space-y-3">
                {item.sections.map((s) => {
                  const sectionUrl = withSent(s.url, sent);
                  const label = m.sectionLabel(item.title, s.text);
                  return (
                    <li key={s.id} className={s.depth === 3 ? "pl-5" : ""}>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <a href={sectionUrl} data-url={s.url}>
                          {s.text}
                        </a>
                        <span className="flex flex-wrap items-center gap-2">
                          <CopyButton text={sectionUrl} href={sectionUrl} label={label} url={s.url} lang={lang}>
                            {m.copyLink}
                          </CopyButton>
                          <PacketTick value={`${item.slug}:${s.id}`} label={m.sectionTick(s.text, item.title)} lang={lang} />
                        </span>
                      </div>
                      <RecordNote
                        text={recordNote(item.title, s.text, reviewed, sectionUrl, lang)}
                        label={label}
                        before={recordNote(item.title, s.text, reviewed, "", lang)}
                        url={s.url}
                        lang={lang}
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

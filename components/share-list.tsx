import { CopyButton } from "@/components/copy-link";

export interface ShareItem {
  title: string;
  summary: string;
  url: string;
  sections: { id: string; text: string; depth: 2 | 3; url: string }[];
}

/** Adds the campaign tag before any #anchor, so the link still lands on its section. */
export const withCampaign = (url: string) => url.replace(/(#.*)?$/, (hash) => `?utm_source=email${hash}`);

/** Email-ready snippet: title, one-line summary, link. */
export const snippet = (item: Pick<ShareItem, "title" | "summary">, url: string) => `${item.title}\n${item.summary}\n${url}`;

/**
 * Every article with its sections, each with a copy button, and an optional campaign tag. The toggle
 * needs the enhancement script (lib/browser/enhance.ts); until it runs it is shown disabled, not broken.
 * Everything that carries a link names it in data-url, so the script can tag it.
 */
export function ShareList({ items }: { items: ShareItem[] }) {
  return (
    <>
      <p className="card mt-6 flex items-center gap-3">
        <input id="campaign-tag" type="checkbox" className="h-6 w-6" disabled data-campaign="" data-enhance="" />
        <label htmlFor="campaign-tag">
          Add a campaign tag to every link (<code>utm_source=email</code>)
        </label>
      </p>
      <ul className="mt-6 space-y-8">
        {items.map((item) => {
          const before = snippet(item, "");
          return (
            <li key={item.url} className="card">
              <h2 className="text-xl font-bold">
                <a href={item.url} data-url={item.url}>
                  {item.title}
                </a>
              </h2>
              <p className="mt-1">{item.summary}</p>
              <pre className="share-snippet mt-3" data-url={item.url} data-before={before}>
                {snippet(item, item.url)}
              </pre>
              <p className="mt-2 flex flex-wrap gap-2">
                <CopyButton text={snippet(item, item.url)} label={item.title} url={item.url} before={before}>
                  Copy email snippet
                </CopyButton>
                <CopyButton text={item.url} href={item.url} label={item.title} url={item.url}>
                  Copy link
                </CopyButton>
              </p>
              <h3 className="mt-4 font-semibold">Sections</h3>
              <ul className="mt-2 space-y-2">
                {item.sections.map((s) => (
                  <li key={s.id} className={`flex flex-wrap items-center justify-between gap-2 ${s.depth === 3 ? "pl-5" : ""}`}>
                    <a href={s.url} data-url={s.url}>
                      {s.text}
                    </a>
                    <CopyButton text={s.url} href={s.url} label={`${item.title}, section ${s.text}`} url={s.url}>
                      Copy link
                    </CopyButton>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}

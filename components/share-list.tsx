"use client";

import { useEffect, useId, useState } from "react";
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

/** Every article with its sections, each with a copy button, and an optional campaign tag. */
export function ShareList({ items }: { items: ShareItem[] }) {
  const [tagged, setTagged] = useState(false);
  // The toggle only works with JavaScript; until then it is shown disabled, not broken.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const toggleId = useId();
  const link = (url: string) => (tagged ? withCampaign(url) : url);
  return (
    <>
      <p className="card mt-6 flex items-center gap-3">
        <input id={toggleId} type="checkbox" className="h-6 w-6" checked={tagged} disabled={!ready} onChange={(e) => setTagged(e.target.checked)} />
        <label htmlFor={toggleId}>
          Add a campaign tag to every link (<code>utm_source=email</code>)
        </label>
      </p>
      <ul className="mt-6 space-y-8">
        {items.map((item) => (
          <li key={item.url} className="card">
            <h2 className="text-xl font-bold">
              <a href={item.url}>{item.title}</a>
            </h2>
            <p className="mt-1">{item.summary}</p>
            <pre className="share-snippet mt-3">
              {snippet(item, link(item.url))}
            </pre>
            <p className="mt-2 flex flex-wrap gap-2">
              <CopyButton text={snippet(item, link(item.url))} label={item.title}>
                Copy email snippet
              </CopyButton>
              <CopyButton text={link(item.url)} href={link(item.url)} label={item.title}>
                Copy link
              </CopyButton>
            </p>
            <h3 className="mt-4 font-semibold">Sections</h3>
            <ul className="mt-2 space-y-2">
              {item.sections.map((s) => (
                <li key={s.id} className={`flex flex-wrap items-center justify-between gap-2 ${s.depth === 3 ? "pl-5" : ""}`}>
                  <a href={link(s.url)}>{s.text}</a>
                  <CopyButton text={link(s.url)} href={link(s.url)} label={`${item.title}, section ${s.text}`}>
                    Copy link
                  </CopyButton>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

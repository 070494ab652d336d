"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Copies text (a link, or an email snippet) to the clipboard and says so to screen readers.
 * Before JavaScript runs, or without it, a link is a plain link that the browser can copy.
 */
export function CopyButton({ text, href, label, children }: { text: string; href?: string; label: string; children: string }) {
  const [enhanced, setEnhanced] = useState(false);
  const [status, setStatus] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    setEnhanced(true);
    return () => clearTimeout(timer.current);
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied to the clipboard");
    } catch {
      setStatus("Could not copy: select the text and copy it yourself");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(""), 4000);
  }

  const name = `${children}: ${label}`;
  return (
    <span className="copy-link" data-pagefind-ignore="">
      {enhanced ? (
        <button type="button" onClick={copy} aria-label={name} className="copy-link-control">
          <LinkIcon /> {status.startsWith("Copied") ? "Copied" : children}
        </button>
      ) : (
        href && (
          <a href={href} aria-label={name} className="copy-link-control">
            <LinkIcon /> {children}
          </a>
        )
      )}
      <span role="status" className="sr-only">
        {status}
      </span>
    </span>
  );
}

/** "Copy link" for a section: the absolute URL with its #anchor. */
export function CopyLink({ url, label }: { url: string; label: string }) {
  return (
    <CopyButton text={url} href={url} label={label}>
      Copy link
    </CopyButton>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round">
      <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1" />
      <path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />
    </svg>
  );
}

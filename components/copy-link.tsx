/**
 * Copies text (a link, or an email snippet) to the clipboard and says so to screen readers. Rendered on
 * the server: a link is a plain link the browser can copy until the enhancement script
 * (lib/browser/enhance.ts) swaps in the button, which stays hidden without JavaScript.
 */
export function CopyButton({ text, href, label, url, before, children }: { text: string; href?: string; label: string; url?: string; before?: string; children: string }) {
  const name = `${children}: ${label}`;
  // data-url/data-before let the share page's campaign toggle rewrite what is copied.
  return (
    <span className="copy-link" data-copy={text} data-enhance="" data-url={url} data-before={before} data-pagefind-ignore="">
      {href && (
        <a href={href} aria-label={name} className="copy-link-control">
          <LinkIcon /> {children}
        </a>
      )}
      <button type="button" aria-label={name} className="copy-link-control" hidden>
        <LinkIcon /> <span>{children}</span>
      </button>
      <span role="status" className="sr-only" />
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

/**
 * Copies text (a link, or an email snippet) to the clipboard and says so to screen readers. Rendered on
 * the server as a plain link the browser can copy (or nothing, for a snippet); the enhancement script
 * (lib/browser/enhance.ts) puts a button in its place, named by data-label and labelled data-text.
 * data-url and data-before let the share page's campaign toggle rewrite what is copied.
 */
export function CopyButton({
  text,
  href,
  label,
  url,
  before,
  children,
}: {
  text: string;
  href?: string;
  label: string;
  url?: string;
  before?: string;
  children: string;
}) {
  const name = `${children}: ${label}`;
  return (
    <span
      className="copy-link"
      data-copy={text}
      data-label={name}
      data-text={children}
      data-enhance=""
      data-url={url}
      data-before={before}
      data-pagefind-ignore=""
    >
      {href && (
        <a href={href} aria-label={name} className="copy-link-control">
          {children}
        </a>
      )}
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

import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * Copies text (a link, or an email snippet) to the clipboard and says so to screen readers. Rendered on
 * the server as a plain link the browser can copy (or nothing, for a snippet); the enhancement script
 * (lib/browser/enhance.ts) puts a button in its place, named by data-label and labelled data-text.
 * data-url and data-before let the share page's campaign toggle rewrite what is copied. The words the
 * script says after copying are in the page (data-copied, data-failed, data-done), in its language.
 */
export function CopyButton({
  text,
  href,
  label,
  url,
  before,
  lang,
  children,
}: {
  text: string;
  href?: string;
  label: string;
  url?: string;
  before?: string;
  lang: Lang;
  children: string;
}) {
  const name = `${children}: ${label}`;
  const m = t(lang).copy;
  return (
    <span
      className="copy-link"
      data-copy={text}
      data-label={name}
      data-text={children}
      data-enhance=""
      data-url={url}
      data-before={before}
      data-copied={m.copied}
      data-failed={m.failed}
      data-done={m.done}
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
export function CopyLink({ url, label, lang }: { url: string; label: string; lang: Lang }) {
  return (
    <CopyButton text={url} href={url} label={label} lang={lang}>
      {t(lang).mdx.copyLink}
    </CopyButton>
  );
}

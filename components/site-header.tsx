import type { Navigation } from "@/lib/content/schema";
import { type Lang, localize } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { siteIn } from "@/lib/site";

/** The site name and the main menu (content/navigation.yaml, or its translation). */
export function SiteHeader({ links, lang }: { links: Navigation["header"]; lang: Lang }) {
  return (
    <header className="site-header">
      <div className="container flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <a href={localize("/", lang)} className="site-name">
          {siteIn(lang).siteName}
        </a>
        <nav aria-label={t(lang).frame.mainNav}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

import type { Navigation } from "@/lib/content/schema";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { site } from "@/lib/site";

/** Site pages, the disclaimer and the privacy promise (links from content/navigation.yaml). */
export function SiteFooter({ links, lang }: { links: Navigation["footer"]; lang: Lang }) {
  const m = t(lang).frame;
  return (
    <footer className="site-footer">
      <div className="container py-8 text-base">
        <nav aria-label={m.footerNav} className="print-hide">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-6">
          {m.footerAbout} <strong>{m.footerEmergency(site.emergencyNumber)}</strong>
        </p>
        <p className="mt-2">{m.footerPrivacy}</p>
      </div>
    </footer>
  );
}

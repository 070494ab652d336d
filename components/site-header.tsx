import type { Navigation } from "@/lib/content/schema";
import { site } from "@/lib/site";

/** The site name and the main menu (content/navigation.yaml). */
export function SiteHeader({ links }: { links: Navigation["header"] }) {
  return (
    <header className="site-header">
      <div className="container flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <a href="/" className="site-name">
          {site.siteName}
        </a>
        <nav aria-label="Main">
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

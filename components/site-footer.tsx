import type { Navigation } from "@/lib/content/schema";
import { site } from "@/lib/site";

/** Site pages, the disclaimer and the privacy promise (links from content/navigation.yaml). */
export function SiteFooter({ links }: { links: Navigation["footer"] }) {
  return (
    <footer className="site-footer">
      <div className="container py-8 text-base">
        <nav aria-label="About this site" className="print-hide">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-6">
          This site explains magnesium and magnesium infusions in plain language. It does not replace advice from your own doctor.{" "}
          <strong>In an emergency, call {site.emergencyNumber}.</strong>
        </p>
        <p className="mt-2">No cookies, no trackers: nothing you read or search for here is shared with anyone.</p>
      </div>
    </footer>
  );
}

import { site } from "@/lib/site";

const links = [
  ["/contact", "Contact and location"],
  ["/editorial-policy", "How we write and review"],
  ["/privacy", "Privacy"],
  ["/medical-disclaimer", "Medical disclaimer"],
  ["/accessibility", "Accessibility"],
  ["/share", "Share links (for staff)"],
] as const;

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container py-8 text-base">
        <nav aria-label="About this site" className="print-hide">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {links.map(([href, label]) => (
              <li key={href}>
                <a href={href}>{label}</a>
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

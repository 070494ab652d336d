import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container py-8 text-sm">
        <p>
          This site explains magnesium and magnesium infusions in plain language. It does not replace advice from your own
          doctor. In an emergency, call {site.emergencyNumber}.
        </p>
        <p className="mt-2">
          {site.siteName}. No cookies, no trackers: nothing you read here is shared with anyone.
        </p>
      </div>
    </footer>
  );
}

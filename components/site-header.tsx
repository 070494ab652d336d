import { site } from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <a href="/" className="site-name">
          {site.siteName}
        </a>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <a href="/#topics">Topics</a>
            </li>
            <li>
              <a href="/glossary">Glossary</a>
            </li>
            <li>
              <a href="/search">Search</a>
            </li>
            <li>
              <a href="/contact">Contact</a>
            </li>
            <li>
              <a href="/articles/when-to-get-emergency-care">Urgent help</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

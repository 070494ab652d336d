import type { MetadataRoute } from "next";
import { site } from "@/lib/site";

// A file in the static export: written once at build time.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    // /share is crawlable so that search engines can see its noindex tag.
    rules: { userAgent: "*", allow: "/" },
    sitemap: `${site.siteUrl}/sitemap.xml`,
  };
}

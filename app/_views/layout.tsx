import type { Metadata } from "next";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { site, siteIn } from "@/lib/site";

/** What every page of one language inherits: the site's address, the title pattern, a default description. */
export function layoutMetadata(lang: Lang): Metadata {
  const name = siteIn(lang).siteName;
  return {
    metadataBase: new URL(site.siteUrl),
    title: { default: name, template: `%s | ${name}` },
    description: t(lang).frame.defaultDescription,
  };
}

import type { Source } from "@/lib/content/schema";
import type { DayOfWeek, MedicalClinic, MedicalWebPage, WithContext } from "schema-dts";
import type { Article } from "@/lib/content";
import { firstPublished, lastChanged } from "@/lib/content/changes";
import { htmlLang, type Lang, localize } from "@/lib/i18n/lang";
import { site, siteIn } from "@/lib/site";

const dayUrl = (day: string) => `https://schema.org/${day}` as DayOfWeek;

/** The clinic as MedicalClinic structured data, from content/site.json. */
export function clinicData(lang: Lang = "en"): WithContext<MedicalClinic> {
  const c = site.clinic;
  return {
    "@context": "https://schema.org",
    "@type": "MedicalClinic",
    "@id": `${site.siteUrl}/#clinic`,
    name: c.name,
    url: `${site.siteUrl}${localize("/", lang)}`,
    telephone: c.phone,
    ...(lang !== "en" && { availableLanguage: ["English", "Spanish"] }),
    email: c.email,
    address: {
      "@type": "PostalAddress",
      streetAddress: c.address.street,
      addressLocality: c.address.city,
      addressRegion: c.address.region,
      postalCode: c.address.postalCode,
      addressCountry: c.address.country,
    },
    openingHoursSpecification: c.hours.map((h) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: h.days.map(dayUrl),
      opens: h.opens,
      closes: h.closes,
    })),
  };
}

/**
 * An article as MedicalWebPage. `reviewedBy` names a person only once that person has reviewed the
 * content (their name is filled in); until then it is left out rather than invented.
 */
export function articleData(article: Article, references: Source[], lang: Lang, topic: string): WithContext<MedicalWebPage> {
  const fm = article.frontmatter;
  const url = `${site.siteUrl}${localize(`/articles/${article.slug}`, lang)}`;
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": url,
    url,
    name: fm.title,
    headline: fm.title,
    description: fm.description,
    inLanguage: htmlLang[lang],
    about: { "@type": "Thing", name: topic },
    // A translation names the English page it was made from.
    ...(lang !== "en" && { translationOfWork: { "@id": `${site.siteUrl}/articles/${article.slug}` } }),
    lastReviewed: fm.lastReviewed,
    // The change log: first published, and last changed for readers (cosmetic edits do not count).
    datePublished: firstPublished(fm),
    dateModified: lastChanged(fm),
    // Only a sign-off that still matches the page's content names its reviewer.
    ...(article.review.status === "signed" && {
      reviewedBy: { "@type": "Person", name: article.review.reviewer.name!, jobTitle: article.review.reviewer.role },
    }),
    audience: { "@type": "PeopleAudience", audienceType: "Patients" },
    citation: references.map((s) => ({
      "@type": "CreativeWork",
      name: s.title,
      url: s.url,
      inLanguage: s.language ?? "en",
      publisher: { "@type": "Organization", name: s.publisher },
    })),
    isPartOf: { "@type": "WebSite", name: siteIn(lang).siteName, url: `${site.siteUrl}${localize("/", lang)}`, inLanguage: htmlLang[lang] },
    publisher: { "@id": `${site.siteUrl}/#clinic` },
  };
}

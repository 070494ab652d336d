import type { Source } from "@/lib/content/schema";
import type { DayOfWeek, MedicalClinic, MedicalWebPage, WithContext } from "schema-dts";
import type { Article } from "@/lib/content";
import { firstPublished, lastChanged } from "@/lib/content/changes";
import { topics } from "@/lib/content/schema";
import { site } from "@/lib/site";

const dayUrl = (day: string) => `https://schema.org/${day}` as DayOfWeek;

/** The clinic as MedicalClinic structured data, from content/site.json. */
export function clinicData(): WithContext<MedicalClinic> {
  const c = site.clinic;
  return {
    "@context": "https://schema.org",
    "@type": "MedicalClinic",
    "@id": `${site.siteUrl}/#clinic`,
    name: c.name,
    url: site.siteUrl,
    telephone: c.phone,
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
export function articleData(article: Article, references: Source[]): WithContext<MedicalWebPage> {
  const fm = article.frontmatter;
  const url = `${site.siteUrl}/articles/${article.slug}`;
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": url,
    url,
    name: fm.title,
    headline: fm.title,
    description: fm.description,
    inLanguage: "en-US",
    about: { "@type": "Thing", name: topics[fm.topic].label },
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
      publisher: { "@type": "Organization", name: s.publisher },
    })),
    isPartOf: { "@type": "WebSite", name: site.siteName, url: site.siteUrl },
    publisher: { "@id": `${site.siteUrl}/#clinic` },
  };
}

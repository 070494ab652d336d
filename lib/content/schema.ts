import { z } from "zod";

/** Lower-case words joined by hyphens: slugs, anchor ids, glossary ids, source ids. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens, e.g. side-effects");

/** A real calendar date written as YYYY-MM-DD (YAML timestamps are read as plain strings). */
export const isoDate = z
  .string({ error: "expected a date written as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written as YYYY-MM-DD")
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  }, {
    error: "expected a real calendar date (YYYY-MM-DD)",
  });

/** A reference shown in the numbered list at the foot of the page. */
export const sourceSchema = z.strictObject({
  /** Short id used by `<Cite id="…" />` in the body. */
  id: kebabId,
  /** The work's own title, as its publisher gives it. */
  title: z.string().min(3),
  /** Who publishes it: "NIH Office of Dietary Supplements", "Cochrane", "FDA"… */
  publisher: z.string().min(2),
  /** Canonical address of the work; must be https. */
  url: z.url({ protocol: /^https$/, error: "expected an https:// URL" }),
});

/** The hubs that group articles. */
export const topics = {
  "magnesium-basics": "Magnesium basics",
  infusions: "Magnesium infusions",
  safety: "Safety",
  "your-visit": "Your visit",
} as const;
export const topicSchema = z.enum(Object.keys(topics) as [keyof typeof topics, ...(keyof typeof topics)[]]);

/** Frontmatter of `content/articles/<slug>.mdx`. */
export const articleFrontmatterSchema = z
  .strictObject({
    /** The page's h1 and the start of its <title>. */
    title: z.string().min(10).max(70),
    /** What search results show under the title. */
    description: z.string().min(50).max(160),
    /** The hub the article belongs to. */
    topic: topicSchema,
    /** One line shown under the title and in lists and share snippets. */
    summary: z.string().min(20).max(200).refine((s) => !s.includes("\n"), "expected a single line"),
    /** The day the text was last checked against its sources (YYYY-MM-DD). */
    lastReviewed: isoDate,
    /** When the next review is due (YYYY-MM-DD); the content check fails once it has passed. */
    nextReviewDue: isoDate,
    /** Id of an entry in content/reviewers.json. */
    reviewer: kebabId,
    /** Numbered references; every clinical statement cites one of them. */
    sources: z.array(sourceSchema).min(2, "expected at least 2 sources"),
    /** Slugs of articles to suggest next, most relevant first. */
    related: z.array(kebabId).default([]),
    /** Drafts are checked but never published by a production build. */
    draft: z.boolean().default(false),
    /** Slugs this article was published under before; each answers with a permanent redirect here. */
    formerSlugs: z.array(kebabId).default([]),
    /** Section ids that were renamed: old id → current id, so old links still land on the section. */
    formerAnchors: z.record(kebabId, kebabId).default({}),
  })
  .superRefine((fm, ctx) => {
    if (fm.nextReviewDue <= fm.lastReviewed) {
      ctx.addIssue({ code: "custom", path: ["nextReviewDue"], message: `expected a date after lastReviewed (${fm.lastReviewed})` });
    }
    const seen = new Set<string>();
    fm.sources.forEach((source, i) => {
      if (seen.has(source.id)) ctx.addIssue({ code: "custom", path: ["sources", i, "id"], message: `duplicate source id "${source.id}"` });
      seen.add(source.id);
    });
  });
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Topic = z.infer<typeof topicSchema>;

/** Frontmatter of `content/glossary/<id>.mdx`. */
export const glossaryFrontmatterSchema = z.strictObject({
  /** The term as shown in the A–Z index and headings. */
  term: z.string().min(2).max(80),
  /** One or two plain-language sentences shown where the term is read. */
  definition: z.string().min(20).max(300),
  /** Other names readers use for the same thing. */
  aliases: z.array(z.string().min(2)).default([]),
  /** Ids of related glossary terms. */
  related: z.array(kebabId).default([]),
  /** Where the definition comes from. */
  sources: z.array(sourceSchema.omit({ id: true })).min(1, "expected at least 1 source"),
  /** Ids this term was published under before; each answers with a permanent redirect here. */
  formerIds: z.array(kebabId).default([]),
});
export type GlossaryFrontmatter = z.infer<typeof glossaryFrontmatterSchema>;

/** content/reviewers.json: who reviews content. The clinic fills in names. */
export const reviewerSchema = z.strictObject({
  /** Referenced by an article's `reviewer` field. */
  id: kebabId,
  /** The reviewer's role, shown while the name is not yet confirmed. */
  role: z.string().min(3),
  /** Null until this person has actually reviewed the content. */
  name: z.string().min(2).nullable().default(null),
  /** e.g. "MD, board-certified in internal medicine"; null until confirmed. */
  credentials: z.string().min(2).nullable().default(null),
});
export const reviewersFileSchema = z.strictObject({ reviewers: z.array(reviewerSchema).min(1) });
export type Reviewer = z.infer<typeof reviewerSchema>;

/** How strong the evidence is for a use of IV magnesium. */
export const evidenceLevels = {
  strong: "Strong evidence",
  moderate: "Moderate evidence",
  limited: "Limited evidence",
  insufficient: "Not enough evidence",
  against: "Evidence against",
} as const;
export type EvidenceLevel = keyof typeof evidenceLevels;

/** Where a use of IV magnesium belongs. */
export const settings = {
  hospital: "Given in hospital only",
  emergency: "Given in an emergency department",
  clinic: "May be given in an outpatient clinic",
  "not-offered": "Not a proven use: not offered",
} as const;
export type Setting = keyof typeof settings;

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Props of every component authors may use in MDX; anything else fails the content check. */
export const componentPropSchemas = {
  Cite: z.strictObject({ id: kebabId }),
  Term: z.strictObject({ id: kebabId }),
  Callout: z.strictObject({ type: z.enum(["info", "tip", "warning"]), title: z.string().min(2).optional() }),
  Emergency: z.strictObject({ title: z.string().min(2).optional() }),
  Use: z.strictObject({
    id: kebabId,
    title: z.string().min(3),
    evidence: z.enum(keys(evidenceLevels)),
    where: z.enum(keys(settings)),
  }),
} as const;
export type ComponentName = keyof typeof componentPropSchemas;
export type ComponentProps<N extends ComponentName> = z.infer<(typeof componentPropSchemas)[N]>;

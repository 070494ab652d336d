import { z } from "zod";
import { packetItemPattern } from "@/lib/packet-items";

/** Lower-case words joined by hyphens: slugs, anchor ids, glossary ids, source ids. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens, e.g. side-effects");

/** A real calendar date written as YYYY-MM-DD (YAML timestamps are read as plain strings). */
export const isoDate = z
  .string({ error: "expected a date written as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written as YYYY-MM-DD")
  .refine(
    (value) => {
      const time = Date.parse(`${value}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
    },
    {
      error: "expected a real calendar date (YYYY-MM-DD)",
    },
  );

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
  /** The language the work is written in, when not English: `es` for a Spanish version (MedlinePlus en español…). */
  language: z.enum(["en", "es"]).optional(),
});

/** The hubs that group articles, in the order the site shows them; each has a page at /topics/<id>. */
export const topics = {
  "magnesium-basics": {
    label: "Magnesium basics",
    description: "What magnesium does, how much you need, and what happens when it runs low.",
  },
  infusions: {
    label: "Magnesium infusions",
    description: "What an infusion is, how it compares with tablets, and what it is and is not used for.",
  },
  safety: { label: "Safety", description: "Who should not have an infusion, side effects, and when to get emergency care instead." },
  "your-visit": { label: "Your visit", description: "How to prepare, what to ask, and answers to common questions." },
} as const;
export const topicSchema = z.enum(Object.keys(topics) as [keyof typeof topics, ...(keyof typeof topics)[]]);

/** One entry of an article's change log: what changed for readers, and when. */
export const changeEntrySchema = z.strictObject({
  /** The day the change was published (YYYY-MM-DD); never in the future. */
  date: isoDate,
  /** One plain-language line a patient understands: what is different now. */
  summary: z
    .string()
    .min(10)
    .max(200)
    .refine((s) => !s.includes("\n"), "expected a single line"),
  /** Ids of the sections it touched (their `{#id}`); leave out for a change to the whole page. */
  sections: z.array(kebabId).default([]),
  /**
   * true for an edit no reader would notice (a typo, a link, wording with the same meaning): it satisfies
   * the content check but is not shown, does not move the page's modified date and raises no "updated" notice.
   */
  cosmetic: z.boolean().default(false),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

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
    summary: z
      .string()
      .min(20)
      .max(200)
      .refine((s) => !s.includes("\n"), "expected a single line"),
    /** The day the text was last checked against its sources (YYYY-MM-DD). */
    lastReviewed: isoDate,
    /** When the next review is due (YYYY-MM-DD); the content check fails once it has passed. */
    nextReviewDue: isoDate,
    /** Id of an entry in content/reviewers.json. */
    reviewer: kebabId,
    /**
     * Numbered references of this article only; sources shared with the safety data live in
     * content/sources.yaml and are cited by id. The page needs at least 2 references in all.
     */
    sources: z.array(sourceSchema).default([]),
    /** Position within its topic hub (and previous/next links); lower comes first. */
    order: z.number().int().min(1).max(999).default(100),
    /** Slugs of articles to suggest next, most relevant first. */
    related: z.array(kebabId).default([]),
    /** Drafts are checked but never published by a production build. */
    draft: z.boolean().default(false),
    /** Slugs this article was published under before; each answers with a permanent redirect here. */
    formerSlugs: z.array(kebabId).default([]),
    /** Section ids that were renamed: old id → current id, so old links still land on the section. */
    formerAnchors: z.record(kebabId, kebabId).default({}),
    /** The change log, shown as "What changed": the first entry is the day it was first published. */
    changes: z.array(changeEntrySchema).min(1, "expected at least one entry: the day the article was first published"),
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

/** Frontmatter of `content/pages/<slug>.mdx`: site pages such as privacy or contact, served at /<slug>. */
export const pageFrontmatterSchema = z.strictObject({
  /** The page's h1 and the start of its <title>. */
  title: z.string().min(5).max(70),
  /** What search results show under the title. */
  description: z.string().min(50).max(160),
  /** The day the page was last changed in substance (YYYY-MM-DD). */
  lastUpdated: isoDate,
});
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

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

/** One service the clinic offers, with its price or none ("ask us"). */
export const serviceSchema = z.strictObject({
  /** Lower-case words joined by hyphens; unique. */
  id: kebabId,
  /** As a patient would say it: "Magnesium infusion". */
  name: z.string().min(3).max(60),
  /** What it includes, in one line: "A health check, the drip, and checks before you go home". */
  description: z.string().min(10).max(160),
  /** How long the visit takes, in words: "About 1 to 2 hours". */
  visitLength: z.string().min(3).max(40).nullable().default(null),
  /** The price the patient pays, or null until the clinic has set one ("ask us"). */
  price: z
    .strictObject({
      /** In the currency's main unit, e.g. 150 for $150. */
      amount: z.number().positive(),
      /** ISO 4217 code, e.g. "USD". */
      currency: z.string().regex(/^[A-Z]{3}$/, "expected a three-letter currency code such as USD"),
    })
    .nullable()
    .default(null),
});
export type Service = z.infer<typeof serviceSchema>;

const weekday = z.enum(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a 24-hour time such as 09:00");

/** The clinic's details. The clinic fills these in; until then `placeholder` stays true. */
export const clinicSchema = z.strictObject({
  /** True while the values below are samples: every page then says the details are not real yet. */
  placeholder: z.boolean(),
  /** The clinic's name as patients know it. */
  name: z.string().min(2),
  /** Street address, shown on the contact page and in MedicalClinic structured data. */
  address: z.strictObject({
    street: z.string().min(3),
    city: z.string().min(2),
    /** State or region, e.g. "CA". */
    region: z.string().min(2),
    postalCode: z.string().min(3),
    /** Two-letter country code, e.g. "US". */
    country: z.string().regex(/^[A-Z]{2}$/, "expected a two-letter country code such as US"),
  }),
  /** Phone number in international form, e.g. "+1 555-555-0100". */
  phone: z.string().regex(/^\+[0-9][0-9 ()-]{6,}$/, "expected an international phone number starting with +"),
  email: z.email("expected an email address"),
  /** Opening hours, one entry per group of days with the same times. */
  hours: z
    .array(z.strictObject({ days: z.array(weekday).min(1), opens: time, closes: time }))
    .min(1)
    .refine((hours) => hours.every((h) => h.opens < h.closes), "expected every opening time to be before its closing time"),
  /** Where patients book an appointment: the clinic's own booking page (https). */
  bookingUrl: z.url({ protocol: /^https$/, error: "expected an https:// URL" }),
  /** What the clinic offers and what it costs; shown wherever the site discusses cost. */
  services: z.array(serviceSchema).default([]),
});

/** content/site.json: the site's and the clinic's settings. */
export const siteSchema = z.strictObject({
  /** Shown in the header and page titles. */
  siteName: z.string().min(3),
  /** Absolute https origin the site is served from; canonical URLs start with it. */
  siteUrl: z.url({ protocol: /^https$/, error: "expected an https:// URL" }).refine((u) => !u.endsWith("/"), "expected no trailing slash"),
  /** The local emergency number shown in every emergency callout. */
  emergencyNumber: z.string().regex(/^[0-9]{3,4}$/, "expected a short emergency number such as 911"),
  /** The mental-health crisis line shown in the crisis red flags (988 in the US). */
  crisisLine: z.strictObject({
    /** e.g. "988 Suicide & Crisis Lifeline". */
    name: z.string().min(3),
    /** The number to call or text, e.g. "988". */
    number: z.string().regex(/^[0-9]{3,6}$/, "expected a short phone number such as 988"),
  }),
  clinic: clinicSchema,
});
export type Site = z.infer<typeof siteSchema>;
export type Clinic = z.infer<typeof clinicSchema>;

/** What a reader must do when a red-flag group applies; the card's heading says it in these words. */
export const redFlagActions = {
  emergency: "Call {emergency} or go to the emergency department now if you have any of these:",
  "labor-and-delivery": "Call your pregnancy care team or go to the hospital now if you have any of these:",
  crisis: "Call or text {crisis} now, or call {emergency} if you are in danger right now, if you have any of these:",
  "call-clinic": "Call the clinic or your doctor today if you have any of these:",
} as const;
export type RedFlagAction = keyof typeof redFlagActions;

/**
 * Plain text that may mark glossary words as `[words](glossary:<id>)`; no other markup.
 * Safety data is shown on many pages, so it is written once, here, and never in an article body.
 */
const safetyText = z
  .string()
  .min(3)
  .refine((t) => !t.includes("\n"), "expected a single line")
  .refine(
    (t) => !/[<>{}*_`]/.test(t.replace(/\[[^\]]+\]\(glossary:[a-z0-9-]+\)/g, "")),
    "expected plain text: the only markup allowed is [words](glossary:<id>)",
  );
/** Ids in content/sources.yaml: every safety statement names at least one. */
const sourceIds = z.array(kebabId).min(1, "expected at least 1 source id from content/sources.yaml");

/** content/sources.yaml: sources that safety data (and any article) cites by id. */
export const sharedSourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });

/** One warning sign. */
export const redFlagItemSchema = z.strictObject({
  /** The sign, as a short fragment a patient recognises: "a headache that will not go away". */
  text: safetyText,
  /** Where the sign comes from. */
  sources: sourceIds,
});

/** A group of red flags that share one action, shown by `<RedFlags group="…" />`. */
export const redFlagGroupSchema = z.strictObject({
  /** Used by `<RedFlags group="…" />` and `<RedFlagSummary groups="…" />`. */
  id: kebabId,
  /** Short heading of the card: "Warning signs of pre-eclampsia". */
  title: z.string().min(5).max(80),
  /** What to do: decides the card's heading line and style. */
  action: z.enum(Object.keys(redFlagActions) as [RedFlagAction, ...RedFlagAction[]]),
  /** Optional one-line introduction, e.g. who the signs apply to. */
  lead: safetyText.optional(),
  /** One line for summary cards, starting lower-case: "a bad headache … when you are pregnant". */
  summary: safetyText,
  /** Site path (and #section) where the whole group is explained; link-checked. */
  details: z
    .string()
    .regex(/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/, "expected a site path such as /articles/when-to-get-emergency-care#section-id"),
  /** Optional extra advice shown under the list. */
  note: safetyText.optional(),
  items: z.array(redFlagItemSchema).min(1),
});
export type RedFlagGroup = z.infer<typeof redFlagGroupSchema>;

/** content/safety/red-flags.yaml */
export const redFlagsFileSchema = z.strictObject({ groups: z.array(redFlagGroupSchema).min(1) });

/** The kinds of safety list; interactions show as a table of medicine and effect. */
export const safetyListKinds = { contraindication: "Contraindications", caution: "Cautions", interaction: "Interactions" } as const;
export type SafetyListKind = keyof typeof safetyListKinds;

/** One contraindication, caution or interaction. */
export const safetyItemSchema = z.strictObject({
  /** Unique within its list. */
  id: kebabId,
  /** Interactions only: the medicine or group of medicines, named as a patient would find it on a box. */
  medicine: z.string().min(3).optional(),
  /** The condition (contraindications, cautions) or what happens (interactions). */
  text: safetyText,
  sources: sourceIds,
});

/** A list shown by `<SafetyList list="…" />`. */
export const safetyListSchema = z
  .strictObject({
    /** Used by `<SafetyList list="…" />`. */
    id: kebabId,
    kind: z.enum(Object.keys(safetyListKinds) as [SafetyListKind, ...SafetyListKind[]]),
    /** Heading of the list. */
    title: z.string().min(5).max(80),
    /** Optional one-line introduction. */
    lead: safetyText.optional(),
    items: z.array(safetyItemSchema).min(1),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: `duplicate item id "${item.id}"` });
      seen.add(item.id);
      if (list.kind === "interaction" && !item.medicine)
        ctx.addIssue({ code: "custom", path: ["items", i, "medicine"], message: "is required: an interaction names its medicine" });
      if (list.kind !== "interaction" && item.medicine)
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "medicine"],
          message: `is only for interaction lists (this list is a ${list.kind} list)`,
        });
    });
  });
export type SafetyList = z.infer<typeof safetyListSchema>;

/** content/safety/lists.yaml */
export const safetyListsFileSchema = z.strictObject({ lists: z.array(safetyListSchema).min(1) });

/** One medical sign-off: who approved a document, when, and a hash of exactly what they saw. */
export const signOffSchema = z.strictObject({
  /** "articles/<slug>" or "glossary/<id>". */
  document: z
    .string()
    .regex(
      /^([a-z]{2}\/)?(articles|glossary)\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "expected articles/<slug> or glossary/<id>, or es/articles/<slug>, es/glossary/<id> for a translation",
    ),
  /** Id of a named reviewer in content/reviewers.json. */
  reviewer: kebabId,
  /** The day they signed it off (YYYY-MM-DD). */
  date: isoDate,
  /** sha256 of the text, safety data, references and glossary words the reviewer saw. */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, "expected sha256: followed by 64 hex digits"),
});
export type SignOff = z.infer<typeof signOffSchema>;

/** content/sign-offs.json, written by `npm run review:sign`; edit it by hand only to remove an entry. */
export const signOffsFileSchema = z.strictObject({ signOffs: z.array(signOffSchema).default([]) });

/** The kinds of figure the site can draw; each is drawn at build time as inline SVG with a data table. */
const figureBase = {
  /** Short heading of the figure. */
  title: z.string().min(5).max(80),
  /** One line under the figure that says what it shows. */
  caption: z
    .string()
    .min(10)
    .max(240)
    .refine((t) => !t.includes("\n"), "expected a single line"),
  /** Where the numbers come from: ids in content/sources.yaml. */
  sources: z.array(kebabId).min(1, "expected at least 1 source id from content/sources.yaml"),
};
const label = z.string().min(2).max(60);
const barsFigure = z.strictObject({
  ...figureBase,
  /** Horizontal bars, one row per label; two series give grouped bars. */
  kind: z.literal("bars"),
  /** Printed after every value: "mg". */
  unit: z.string().min(1).max(12),
  series: z
    .array(z.strictObject({ id: kebabId, label }))
    .min(1)
    .max(2),
  /** An optional line across the bars, e.g. a daily need. */
  reference: z.strictObject({ label, value: z.number().positive() }).optional(),
  rows: z
    .array(z.strictObject({ label, values: z.record(kebabId, z.number().nonnegative()) }))
    .min(2)
    .max(20),
});
const timelineFigure = z.strictObject({
  ...figureBase,
  /** Steps in order, each with how long it takes. */
  kind: z.literal("timeline"),
  steps: z
    .array(
      z.strictObject({
        label,
        /** Minutes: a number, or [fewest, most]; leave it out when no source gives a time (never guess). */
        minutes: z.union([z.number().positive(), z.tuple([z.number().positive(), z.number().positive()])]).optional(),
        detail: z.string().min(3).max(160).optional(),
      }),
    )
    .min(2)
    .max(10),
});
const partsFigure = z.strictObject({
  ...figureBase,
  /** One bar split into shares. */
  kind: z.literal("parts"),
  unit: z.string().min(1).max(12),
  parts: z
    .array(z.strictObject({ label, value: z.number().positive() }))
    .min(2)
    .max(6),
});

/** content/figures/<id>.yaml: the numbers behind one figure. */
export const figureSchema = z.discriminatedUnion("kind", [barsFigure, timelineFigure, partsFigure]).superRefine((figure, ctx) => {
  if (figure.kind === "bars") {
    const ids = figure.series.map((s) => s.id);
    figure.rows.forEach((row, i) => {
      const keys = Object.keys(row.values);
      if (keys.length !== ids.length || !ids.every((id) => keys.includes(id))) {
        ctx.addIssue({
          code: "custom",
          path: ["rows", i, "values"],
          message: `expected a value for each series (${ids.join(", ")}), got ${keys.join(", ") || "none"}`,
        });
      }
    });
  }
  if (figure.kind === "timeline") {
    figure.steps.forEach((step, i) => {
      if (Array.isArray(step.minutes) && step.minutes[0]! > step.minutes[1]!)
        ctx.addIssue({ code: "custom", path: ["steps", i, "minutes"], message: "expected [fewest, most] with fewest first" });
    });
  }
  if (figure.kind === "parts" && figure.unit === "%") {
    const total = figure.parts.reduce((sum, p) => sum + p.value, 0);
    if (Math.abs(total - 100) > 0.01)
      ctx.addIssue({ code: "custom", path: ["parts"], message: `expected shares that add up to 100, got ${total}` });
  }
});
export type Figure = z.infer<typeof figureSchema> & { id: string };

/** A link the site's own pages show; its href is link-checked like a link in an article. */
const navLink = z.strictObject({
  label: z.string().min(2).max(60),
  /** A site path: /articles/<slug>, /glossary, /#topics… */
  href: z.string().regex(/^\/[a-z0-9/#-]*$/, "expected a site path such as /articles/side-effects"),
});

/** content/navigation.yaml: menus and the home page's top tasks, so no route file holds them. */
export const navigationSchema = z.strictObject({
  /** The main menu, in the page header. */
  header: z.array(navLink).min(1).max(7),
  /** The home page's task cards, most asked first. */
  homeTasks: z
    .array(z.strictObject({ title: z.string().min(3).max(40), text: z.string().min(10).max(140), href: navLink.shape.href }))
    .min(1)
    .max(8),
  /** Links in the footer. */
  footer: z.array(navLink).min(1),
  /** Offered on the "page not found" page. */
  popular: z.array(navLink).min(1),
});
export type Navigation = z.infer<typeof navigationSchema>;

/** One item of a handout packet: a whole article ("<slug>") or one of its sections ("<slug>:<section-id>"). */
export const packetItem = z.string().regex(packetItemPattern, "expected <article-slug> or <article-slug>:<section-id>");

/** content/packets.yaml: ready-made handout packets for common moments, listed on /share. */
export const packetsFileSchema = z.strictObject({
  packets: z
    .array(
      z.strictObject({
        /** Its address: /handout/<id>; permanent once published. */
        id: kebabId,
        /** The packet's h1 and the name staff see on /share. */
        title: z.string().min(5).max(70),
        /** When to give it, one line for staff. */
        description: z.string().min(20).max(200),
        /** The articles and sections it holds, in reading order. */
        items: z.array(packetItem).min(1).max(20),
      }),
    )
    .min(1, "expected at least one ready-made packet"),
});
export type Packet = z.infer<typeof packetsFileSchema>["packets"][number];

// ---------------------------------------------------------------------------------------------------
// Translations (content/es/): each document is its own file with the same name as its English one, in
// the same schema plus its language and the English version it follows; shared data gets its words
// from files that give, id by id, the text of each English entry.

/** The languages content is translated into (English is the original). */
export const translatedLangs = ["es"] as const;
export type TranslatedLang = (typeof translatedLangs)[number];

const translation = {
  /** The document's language: the folder's (content/es/ → es). */
  lang: z.enum(translatedLangs),
  /**
   * The English version this translation follows: the date of the newest entry of the English article's
   * change log (for a site page, its lastUpdated). When the English changes later, the check warns and
   * the page says the English is newer, until the translation catches up and this date moves.
   */
  basedOn: isoDate,
};
/** Frontmatter of `content/es/articles/<slug>.mdx`: the article schema plus the translation's fields. */
export const translatedArticleSchema = articleFrontmatterSchema.safeExtend(translation);
/** Frontmatter of `content/es/glossary/<id>.mdx`. */
export const translatedGlossarySchema = glossaryFrontmatterSchema.safeExtend({ lang: translation.lang });
/** Frontmatter of `content/es/pages/<slug>.mdx`. */
export const translatedPageSchema = pageFrontmatterSchema.safeExtend(translation);

/** content/es/safety/red-flags.yaml: each group's words, by id; items in the English order. */
export const redFlagsTextSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      id: kebabId,
      title: redFlagGroupSchema.shape.title,
      lead: safetyText.optional(),
      summary: safetyText,
      note: safetyText.optional(),
      /** The text of each English item, in the same order. */
      items: z.array(safetyText).min(1),
    }),
  ),
});
/** content/es/safety/lists.yaml: each list's words, by id; items by id. */
export const safetyListsTextSchema = z.strictObject({
  lists: z.array(
    z.strictObject({
      id: kebabId,
      title: z.string().min(5).max(80),
      lead: safetyText.optional(),
      items: z.array(z.strictObject({ id: kebabId, medicine: z.string().min(3).optional(), text: safetyText })),
    }),
  ),
});
/** content/es/figures/<id>.yaml: a figure's words; the numbers stay in the English file. */
export const figureTextSchema = z.strictObject({
  title: figureBase.title,
  caption: figureBase.caption,
  series: z.array(z.strictObject({ id: kebabId, label })).optional(),
  reference: z.strictObject({ label }).optional(),
  rows: z.array(z.strictObject({ label })).optional(),
  steps: z.array(z.strictObject({ label, detail: z.string().min(3).max(160).optional() })).optional(),
  parts: z.array(z.strictObject({ label })).optional(),
});
/**
 * content/es/sources.yaml (optional): shared sources whose publisher has a version in this language (ODS
 * "Datos en español", MedlinePlus en español). The translation cites that version; a shared source
 * not listed here is cited in the original, marked as such.
 */
export const sourceVersionsSchema = z.strictObject({
  sources: z.array(z.strictObject({ id: kebabId, title: sourceSchema.shape.title, url: sourceSchema.shape.url })),
});
/** content/es/site.yaml: the words of content/site.json. */
export const siteTextSchema = z.strictObject({
  siteName: z.string().min(3).max(60),
  crisisLine: z.strictObject({ name: z.string().min(3) }),
  services: z.array(
    z.strictObject({
      id: kebabId,
      name: serviceSchema.shape.name,
      description: serviceSchema.shape.description,
      visitLength: z.string().min(3).max(40).optional(),
    }),
  ),
});
export type SiteText = z.infer<typeof siteTextSchema>;
/** content/es/packets.yaml: each ready-made packet's title and description, by id. */
export const packetsTextSchema = z.strictObject({
  packets: z.array(z.strictObject({ id: kebabId, title: z.string().min(5).max(70), description: z.string().min(20).max(200) })),
});
/** content/es/topics.yaml: each topic hub's name and description, by id. */
export const topicsTextSchema = z.strictObject({
  topics: z.array(z.strictObject({ id: topicSchema, label: z.string().min(3).max(40), description: z.string().min(20).max(200) })),
});
/**
 * content/es/gaps.yaml: English documents deliberately not translated yet. Their Spanish address says
 * so and links to the English page; any other missing translation fails the content check.
 */
export const gapsSchema = z.strictObject({
  articles: z.array(z.strictObject({ slug: kebabId, reason: z.string().min(10).max(200) })).default([]),
  pages: z.array(z.strictObject({ slug: kebabId, reason: z.string().min(10).max(200) })).default([]),
});
export type Gaps = z.infer<typeof gapsSchema>;

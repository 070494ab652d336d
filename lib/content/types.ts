// The content module's domain types, in one place: every other module (and every page) imports them from here.
import type {
  ArticleFrontmatter,
  EvidenceLevel,
  GlossaryFrontmatter,
  PageFrontmatter,
  Figure,
  Navigation,
  Packet,
  RedFlagGroup,
  Reviewer,
  SafetyList,
  Setting,
  SignOff,
  Source,
} from "./schema";
import type { Problem } from "./problems";
import type { Gaps, RedFlagAction, SiteText, Topic } from "./schema";
import type { Lang } from "@/lib/i18n/lang";

/** A section heading with its explicit anchor id. */
export interface SectionHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** One use of IV magnesium, as written with `<Use>`. */
export interface UseClaim {
  id: string;
  title: string;
  evidence: EvidenceLevel;
  where: Setting;
}

/** What the rules learn about a document while checking it. */
export interface DocumentFacts {
  headings: SectionHeading[];
  /** Glossary ids marked with `<Term>`, in order of first use. */
  terms: string[];
  /** Source ids cited with `<Cite>`, in order of first citation. */
  cites: string[];
  uses: UseClaim[];
  /** Site-internal links ("/articles/x#y") with their lines, checked once every file is known. */
  links: { href: string; line?: number }[];
  /** Safety components (<RedFlags>, <RedFlagSummary>, <SafetyList>) in document order. */
  safety: SafetyUse[];
  /** Ids of the figures (<Figure>) shown, in document order. */
  figures: string[];
  /** Every paragraph and table row as plain text with the sources it cites: the reviewer's pack lists them. */
  statements: Statement[];
}

/** One paragraph, list item or table row, and the source ids it cites. */
export interface Statement {
  text: string;
  cites: string[];
  line?: number;
}

/** One use of a safety component in a document. */
export interface SafetyUse {
  component: "RedFlags" | "RedFlagSummary" | "SafetyList";
  /** The group or list id (one per entry; a summary records one entry per group). */
  id: string;
  line?: number;
}

/**
 * Data that many pages show and that lives once: the shared sources (content/sources.yaml), the safety
 * data (content/safety/) and the figures (content/figures/).
 */
export interface SharedData {
  sources: Source[];
  groups: RedFlagGroup[];
  lists: SafetyList[];
  figures: Figure[];
}

/** Where a document stands with the medical reviewer. */
export type ReviewState =
  | { status: "not-signed" }
  /** Signed off, and the content is still exactly what the reviewer saw. */
  | { status: "signed"; reviewer: Reviewer; date: string }
  /** Signed off once, but the content has changed since. */
  | { status: "changed"; reviewer: Reviewer; date: string };

export interface Article {
  slug: string;
  file: string;
  frontmatter: ArticleFrontmatter;
  code: string;
  facts: DocumentFacts;
  /** sha256 of the source file. */
  sourceHash: string;
  /** The hash a medical sign-off must match (see review.ts). */
  reviewHash: string;
  /** Whether a named reviewer signed off exactly this content. */
  review: ReviewState;
  /** nextReviewDue has passed (judged by LoadOptions.today). */
  overdue: boolean;
  /** What a reader reads, hashed (changes.ts): compared with content/published-content.json. */
  contentHash: string;
}

export interface GlossaryEntry {
  id: string;
  file: string;
  frontmatter: GlossaryFrontmatter;
  code: string;
  facts: DocumentFacts;
  /** sha256 of the source file. */
  sourceHash: string;
  /** The hash a medical sign-off must match (see review.ts). */
  reviewHash: string;
  /** Whether a named reviewer signed off exactly this content. */
  review: ReviewState;
}

export interface SitePage {
  slug: string;
  file: string;
  frontmatter: PageFrontmatter;
  code: string;
  facts: DocumentFacts;
  sourceHash: string;
}

/** A topic hub's name and one-line description, in one language. */
export interface TopicText {
  label: string;
  description: string;
}

/**
 * One language's pages, ready to render: its documents, the shared data in its words, its menus and
 * packets. English is the original; a translation (content/<lang>/) has its own documents and review
 * state, and lists the English documents it deliberately does not translate yet (its gaps).
 */
export interface Edition {
  lang: Lang;
  articles: Article[];
  glossary: GlossaryEntry[];
  pages: SitePage[];
  shared: SharedData;
  navigation: Navigation;
  packets: Packet[];
  topics: Record<Topic, TopicText>;
  /** The site's name, the crisis line's name and the clinic's services in this language (null: as in content/site.json). */
  siteText: SiteText | null;
  /** English documents with no translation in this edition, on purpose (always empty for English). */
  gaps: Gaps;
  /**
   * For a translated article or page: the day the English changed after the translation was made
   * (its `basedOn`), so the page can say the English is newer. Empty for English.
   */
  behind: Map<string, string>;
}

export interface Content {
  articles: Article[];
  glossary: GlossaryEntry[];
  pages: SitePage[];
  reviewers: Reviewer[];
  /** Shared sources, red-flag groups, safety lists and figures. */
  shared: SharedData;
  /** Menus and the home page's top tasks (content/navigation.yaml). */
  navigation: Navigation;
  /** Medical sign-offs recorded by `npm run review:sign` (content/sign-offs.json). */
  signOffs: SignOff[];
  /** Ready-made handout packets (content/packets.yaml). */
  packets: Packet[];
  /** Things an editor should act on that do not stop a build, e.g. content changed since its sign-off. */
  warnings: Problem[];
  /** How many documents were compiled, and how many came from the content-hash cache. */
  stats: { compiled: number; cached: number };
  /** Every edition by language: the English one is this content itself. */
  editions: Record<Lang, Edition>;
}

export interface LoadOptions {
  /** The project folder that holds content/. */
  root: string;
  /** "Today" as YYYY-MM-DD: an article whose nextReviewDue is before it is marked overdue (a warning, never an error). */
  today: string;
  /** Drafts are always checked; they are returned only when this is true. */
  includeDrafts: boolean;
  /** Where compiled output is cached by content hash; null disables the cache. */
  cacheDir: string | null;
}

/** A document as loaded, before its review state is known. */
export type Unreviewed<D> = Omit<D, "review" | "reviewHash" | "overdue" | "contentHash">;

/** What the body rules know while checking one document. */
export interface RuleContext {
  file: string;
  /** Which kind of page the document becomes: each reserves its own section ids (lib/routes.ts). */
  kind: "articles" | "glossary" | "pages";
  /** Components allowed in this kind of document (glossary entries allow none). */
  components: readonly string[];
  /** Source ids from the frontmatter, for `<Cite>`. */
  sourceIds: ReadonlySet<string>;
  /** Every glossary id, for `<Term>`. */
  glossaryIds: ReadonlySet<string>;
  /** Red-flag group ids with their actions, and safety list ids, from content/safety/. */
  safetyIds: { groups: ReadonlyMap<string, RedFlagAction> | null; lists: ReadonlySet<string> | null };
  /** Figure ids from content/figures/ (null while a figure file is broken). */
  figureIds: ReadonlySet<string> | null;
  problems: Problem[];
  facts: DocumentFacts;
}

import { fleschKincaid } from "flesch-kincaid";
import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { syllable } from "syllable";

/** Elements that are not read as prose: headings, tables, reference marks, popover definitions. */
const skipped = (el: Element) =>
  /^h[1-6]$/.test(el.tagName) ||
  ["table", "script", "style"].includes(el.tagName) ||
  el.properties.popover !== undefined ||
  (Array.isArray(el.properties.className) && el.properties.className.includes("cite"));
const blocks = new Set(["p", "li", "dt", "dd", "blockquote", "figcaption", "td", "th", "div", "section", "aside", "ul", "ol", "dl"]);

/**
 * The text a patient reads, as blocks: each paragraph, list item or definition is one block, so a
 * list item without a full stop still counts as its own sentence.
 */
export function proseBlocks(html: string): string[] {
  const out: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (/\p{L}/u.test(text)) out.push(text);
    current = "";
  };
  const walk = (node: Root | RootContent | ElementContent) => {
    if (node.type === "text") current += node.value;
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element" && skipped(node)) return;
    const block = node.type === "element" && blocks.has(node.tagName);
    if (block) flush();
    node.children.forEach(walk);
    if (block) flush();
  };
  walk(fromHtml(html, { fragment: true }));
  flush();
  return out;
}

export interface Readability {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

/**
 * Flesch-Kincaid grade of rendered HTML: the formula from `flesch-kincaid`, syllables from `syllable`,
 * sentences and words from the standard Intl.Segmenter.
 */
export function readability(html: string): Readability {
  const counts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of proseBlocks(html)) {
    const text = /[.!?:]["')\]]*$/.test(block) ? block : `${block}.`;
    counts.sentence += [...sentenceSegmenter.segment(text)].length;
    for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
      if (!isWordLike) continue;
      counts.word++;
      counts.syllable += /^[0-9.,]+$/.test(segment) ? 1 : Math.max(1, syllable(segment));
    }
  }
  const grade = counts.word ? fleschKincaid(counts) : 0;
  return { grade: Math.round(grade * 10) / 10, sentences: counts.sentence, words: counts.word, syllables: counts.syllable };
}

/** The reading-level gate for English: every article at or below this grade… */
export const maxGrade = 8;
/** …and the median of all articles at or below this one. */
export const maxMedianGrade = 7;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The reading-level rules: every article at grade 8.0 or below, and a median of 7.0 or below. */
export function gradeProblems(report: { slug: string; grade: number }[]): string[] {
  const problems = report.filter((r) => r.grade > maxGrade).map((r) => `${r.slug}: grade ${r.grade} is above ${maxGrade.toFixed(1)}`);
  const m = median(report.map((r) => r.grade));
  if (m > maxMedianGrade) problems.push(`median grade ${m} is above ${maxMedianGrade.toFixed(1)}`);
  return problems;
}

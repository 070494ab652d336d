import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";
import { renderToStaticMarkup } from "react-dom/server";
import type { Content } from "@/lib/content/load";
import { readability } from "@/lib/content/readability";
import { mdxComponents } from ".";

/** Renders compiled MDX to static HTML, for checks that read the text as a patient sees it. */
export function renderMdxToHtml(code: string, components: MDXContentProps["components"]): string {
  const Body = getMDXComponent(code);
  return renderToStaticMarkup(<Body components={components} />);
}

/** Each article's Flesch-Kincaid grade, measured on its rendered body. */
export function articleGrades(content: Pick<Content, "articles" | "glossary" | "safety">) {
  return content.articles.map((a) => ({ slug: a.slug, ...readability(renderMdxToHtml(a.code, mdxComponents(a, content.glossary, content.safety))) }));
}

export const maxGrade = 8;
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

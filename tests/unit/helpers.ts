import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { ContentError } from "@/lib/content/problems";
import { type LoadOptions, loadContent } from "@/lib/content/load";

const fixtures = join(process.cwd(), "tests", "fixtures", "content");

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the fixture content tree (two articles, two glossary terms) in a temp folder. */
export function fixtureRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "content-"));
  made.push(root);
  cpSync(fixtures, join(root, "content"), { recursive: true });
  return root;
}

/** Rewrites one fixture file, e.g. edit(root, "articles/alpha-article.mdx", (s) => s.replace(…)). */
export function edit(root: string, file: string, change: (source: string) => string): void {
  const path = join(root, "content", file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`edit(${file}) changed nothing: the fixture no longer matches the test`);
  writeFileSync(path, after);
}

export const load = (root: string, options: Partial<LoadOptions> = {}) =>
  loadContent({ root, today: "2026-06-01", includeDrafts: false, cacheDir: null, ...options });

/** The ContentError message a load fails with (fails the test if it loads). */
export async function loadError(root: string, options: Partial<LoadOptions> = {}): Promise<string> {
  try {
    await load(root, options);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error("expected the content to be rejected, but it loaded");
}

/**
 * Takes an article out of the fixture's Spanish edition (content/es/), listing it as a gap instead, for
 * tests that reshape the English article: its translation would otherwise no longer match it.
 */
export function untranslated(root: string, ...slugs: string[]): void {
  for (const slug of slugs) {
    rmSync(join(root, "content", "es", "articles", `${slug}.mdx`), { force: true });
    const gaps = join(root, "content", "es", "gaps.yaml");
    writeFileSync(
      gaps,
      `${readFileSync(gaps, "utf8").trimEnd()}\n  - slug: ${slug}\n    reason: Un artículo de prueba que se deja sin traducir.\n`,
    );
  }
}

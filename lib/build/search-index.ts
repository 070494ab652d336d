import { rmSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind index of the given pages into <outDir>/pagefind/; nothing is fetched from anywhere.
 * Pagefind reads each page's <html lang> and keeps one index per language, and the search page loads the
 * index of its own language: a Spanish search finds Spanish pages, with Spanish word stems.
 */
export async function writeSearchIndex(outDir: string, pages: { url: string; html: string }[]): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (const { url, html } of pages) {
      const added = await index.addHTMLFile({ url, content: html });
      if (added.errors.length) throw new Error(`${url}: ${added.errors.join("; ")}`);
    }
    const outputPath = join(outDir, "pagefind");
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join("; "));
  } finally {
    await pagefind.close();
  }
  return pages.length;
}

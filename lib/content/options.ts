import { join } from "node:path";

/** "Today" as YYYY-MM-DD: CONTENT_TODAY when set (to try another date), else the real date. */
export const contentToday = () => process.env.CONTENT_TODAY ?? new Date().toISOString().slice(0, 10);

/**
 * Where the content lives, where its compiled output is cached, and the date review deadlines are
 * judged by: read from the environment in this one place for Next and every command-line step.
 * CONTENT_ROOT lets tests build the site from a fixture content tree.
 */
export function contentOptions(): { root: string; today: string; cacheDir: string } {
  const root = process.env.CONTENT_ROOT ?? process.cwd();
  return { root, today: contentToday(), cacheDir: join(root, ".content-cache") };
}

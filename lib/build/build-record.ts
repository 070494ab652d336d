// Whether the published folder is already what a build would make: the record of the last build (a hash
// of everything the site is built from, and a fingerprint of the folder it wrote) against the same
// for now. `npm run build` skips Next and the static step only when both match, so an unchanged rebuild
// costs the content check and a hash; any edit to content, code, configuration, the lock file or the
// date the review deadlines are judged by builds again.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { filesUnder } from "../content/files.ts";

/** What the site is built from, besides the content: the project's code and configuration. */
export const codeInputs = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

export interface BuildInputs {
  /** The project (code and configuration). */
  projectRoot: string;
  /** The folder that holds content/ (CONTENT_ROOT). */
  contentRoot: string;
  /** The date review deadlines are judged by: an overdue notice changes the pages. */
  today: string;
}

/** A hash of every input of a build: each file's path and bytes, and the date. */
export function buildKey({ projectRoot, contentRoot, today }: BuildInputs): string {
  const hash = createHash("sha256").update(`today ${today}\n`);
  const add = (base: string, paths: string[]) => {
    for (const path of paths)
      for (const file of filesUnder(join(base, path)))
        hash
          .update(`${relative(base, file)}\n`)
          .update(readFileSync(file))
          .update("\n");
  };
  add(projectRoot, codeInputs);
  add(contentRoot, ["content"]);
  return hash.digest("hex");
}

/** The published folder as it is now: how many files, how many bytes, the latest change. */
export function folderFingerprint(dir: string): string | null {
  if (!existsSync(join(dir, "index.html"))) return null;
  let files = 0;
  let bytes = 0;
  let latest = 0;
  for (const file of filesUnder(dir)) {
    const stat = statSync(file);
    files++;
    bytes += stat.size;
    latest = Math.max(latest, stat.mtimeMs);
  }
  return `${files} files, ${bytes} bytes, last changed ${latest}`;
}

type Records = Record<string, { key: string; folder: string }>;
const read = (file: string): Records => (existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Records) : {});

/** True when `outDir` holds exactly what the last build with these inputs wrote there. */
export function isUpToDate(recordFile: string, outDir: string, key: string): boolean {
  const record = read(recordFile)[resolve(outDir)];
  return !!record && record.key === key && record.folder === folderFingerprint(outDir);
}

/** Notes what a finished build wrote to `outDir`, and from what. */
export function recordBuild(recordFile: string, outDir: string, key: string): void {
  const folder = folderFingerprint(outDir);
  if (!folder) throw new Error(`${outDir}/index.html not found: nothing to record`);
  mkdirSync(dirname(recordFile), { recursive: true });
  writeFileSync(recordFile, `${JSON.stringify({ ...read(recordFile), [resolve(outDir)]: { key, folder } }, null, 2)}\n`);
}

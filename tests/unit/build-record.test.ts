import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildKey, codeInputs, isUpToDate, recordBuild } from "@/lib/build/build-record";

// A project of a few files, in a temporary folder: what `npm run build` decides to skip.
const made: string[] = [];
function project() {
  const dir = mkdtempSync(join(tmpdir(), "build-record-"));
  made.push(dir);
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write("app/page.tsx", "export default function Page() {}");
  write("lib/site.ts", "export const x = 1;");
  write("package-lock.json", "{}");
  write("content/articles/a.mdx", "---\ntitle: A\n---\nText.");
  write("out/index.html", "<!doctype html><title>A</title>");
  const inputs = { projectRoot: dir, contentRoot: dir, today: "2026-12-02" };
  return { dir, write, inputs, out: join(dir, "out"), record: join(dir, ".content-cache", "site-build.json") };
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the build record", () => {
  it("gives the same key for the same inputs, and another for any change to content, code, lock file or date", () => {
    const p = project();
    const key = buildKey(p.inputs);
    expect(buildKey(p.inputs)).toBe(key);
    const changes: [string, () => void][] = [
      ["content", () => p.write("content/articles/a.mdx", "---\ntitle: A\n---\nText, edited.")],
      ["a new content file", () => p.write("content/glossary/b.mdx", "---\nterm: B\n---\n")],
      ["code", () => p.write("lib/site.ts", "export const x = 2;")],
      ["the lock file", () => p.write("package-lock.json", '{"lockfileVersion":3}')],
    ];
    const seen = new Set([key]);
    for (const [what, change] of changes) {
      change();
      const next = buildKey(p.inputs);
      expect(seen.has(next), what).toBe(false);
      seen.add(next);
    }
    expect(buildKey({ ...p.inputs, today: "2031-01-01" })).not.toBe(buildKey(p.inputs));
    expect(codeInputs).toEqual(expect.arrayContaining(["app", "components", "lib", "public", "next.config.mjs", "package-lock.json"]));
  });

  it("counts every file in public/ as an input: Next copies each one into out/", () => {
    const p = project();
    const key = buildKey(p.inputs);
    p.write("public/pagefind/pagefind.js", "// left by an old build, and still copied into out/");
    expect(buildKey(p.inputs)).not.toBe(key);
  });

  it("says out/ is up to date only after a build was recorded with the same key, and while out/ is untouched", () => {
    const p = project();
    const key = buildKey(p.inputs);
    expect(isUpToDate(p.record, p.out, key)).toBe(false);
    recordBuild(p.record, p.out, key);
    expect(isUpToDate(p.record, p.out, key)).toBe(true);
    expect(isUpToDate(p.record, p.out, "another key")).toBe(false);
    // A file of out/ edited, added or removed by hand: build again.
    p.write("out/index.html", "<!doctype html><title>B</title>");
    expect(isUpToDate(p.record, p.out, key)).toBe(false);
    recordBuild(p.record, p.out, key);
    utimesSync(join(p.out, "index.html"), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(isUpToDate(p.record, p.out, key)).toBe(false);
    recordBuild(p.record, p.out, key);
    rmSync(p.out, { recursive: true });
    expect(isUpToDate(p.record, p.out, key)).toBe(false);
  });

  it("keeps one record per published folder", () => {
    const p = project();
    const key = buildKey(p.inputs);
    p.write("out-renamed/index.html", "<!doctype html><title>R</title>");
    recordBuild(p.record, p.out, key);
    recordBuild(p.record, join(p.dir, "out-renamed"), "renamed key");
    expect(isUpToDate(p.record, p.out, key)).toBe(true);
    expect(isUpToDate(p.record, join(p.dir, "out-renamed"), "renamed key")).toBe(true);
    expect(isUpToDate(p.record, join(p.dir, "out-renamed"), key)).toBe(false);
  });

  it("refuses to record a folder with no site in it", () => {
    const p = project();
    expect(() => recordBuild(p.record, join(p.dir, "nowhere"), "k")).toThrow(/nowhere\/index\.html not found/);
  });
});

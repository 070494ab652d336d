import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { edit, fixtureRoot } from "./helpers";

// These run the real commands (the content check, and `next build` itself) on fixture content. One fixed
// export folder (git-ignored), emptied after the tests.
const distDir = ".next-export-unit";
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_TODAY: "2026-06-01", ...env },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function nextBuild(root: string) {
  rmSync(distDir, { recursive: true, force: true });
  return { distDir, ...run(join("node_modules", ".bin", "next"), ["build"], { CONTENT_ROOT: root, NEXT_DIST_DIR: distDir }) };
}

const brokenArticle = (root: string) =>
  edit(root, "articles/alpha-article.mdx", (s) => s.replace('<Callout type="info">', "<Widget>").replace("</Callout>", "</Widget>"));

describe("npm run check:content", () => {
  it("passes good content and says what it checked", () => {
    const { status, output } = run("npm", ["run", "--silent", "check:content"], { CONTENT_ROOT: fixtureRoot() });
    expect(output).toMatch(/Content OK: 2 articles \(0 drafts\), 2 glossary terms/);
    expect(status).toBe(0);
  });

  it("fails on a broken article, naming the file, line and problem", () => {
    const root = fixtureRoot();
    brokenArticle(root);
    edit(root, "articles/beta-article.mdx", (s) => s.replace("lastReviewed: 2026-01-10", "lastReviewed: 2026-01-32"));
    const { status, output } = run("npm", ["run", "--silent", "check:content"], { CONTENT_ROOT: root });
    expect(status).toBe(1);
    expect(output).toMatch(/content\/articles\/alpha-article\.mdx:38\s+unknown component <Widget>/);
    expect(output).toMatch(/content\/articles\/beta-article\.mdx:6\s+lastReviewed: expected a real calendar date/);
  });
});

describe("the production build", () => {
  it("fails on a broken article even when run without the content check", { timeout: 240_000 }, () => {
    const root = fixtureRoot();
    brokenArticle(root);
    const { status, output, distDir } = nextBuild(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/alpha-article\.mdx:38\s+unknown component <Widget>/);
    expect(existsSync(join(distDir, "articles", "alpha-article.html"))).toBe(false);
  });

  it(
    "prerenders published articles, never publishes a draft, and compiles nothing the content check compiled",
    { timeout: 240_000 },
    () => {
      const root = fixtureRoot();
      edit(root, "articles/beta-article.mdx", (s) => s.replace("reviewer: clinical-lead", "reviewer: clinical-lead\ndraft: true"));
      edit(root, "articles/alpha-article.mdx", (s) =>
        s.replace("related: [beta-article]", "related: []").replace("[link](/articles/beta-article#beta-section)", "link"),
      );
      edit(root, "es/articles/alpha-article.mdx", (s) =>
        s.replace("related: [beta-article]", "related: []").replace("[enlace](/es/articles/beta-article)", "enlace"),
      );
      // A static export needs at least one page per route, so this site gets a site page too.
      mkdirSync(join(root, "content", "pages"));
      writeFileSync(
        join(root, "content", "pages", "contact.mdx"),
        "---\ntitle: Contact\ndescription: A fixture site page, so that the site-page route has a page to build.\nlastUpdated: 2026-01-10\n---\n\nWrite to us.\n",
      );
      mkdirSync(join(root, "content", "es", "pages"));
      writeFileSync(
        join(root, "content", "es", "pages", "contact.mdx"),
        "---\nlang: es\nbasedOn: 2026-01-10\ntitle: Contacto\ndescription: Una página de prueba, para que la ruta de páginas tenga una página que construir.\nlastUpdated: 2026-01-10\n---\n\nEscríbanos.\n",
      );
      expect(run("npm", ["run", "--silent", "check:content"], { CONTENT_ROOT: root }).output).toMatch(/9 compiled, 0 from cache/);
      const cache = join(root, ".content-cache", "compiled.json");
      const written = statSync(cache).mtimeMs;
      const { status, output, distDir } = nextBuild(root);
      expect(status, output).toBe(0);
      // The cache is rewritten only when something had to be compiled.
      expect(statSync(cache).mtimeMs).toBe(written);
      const pages = join(distDir, "articles");
      expect(existsSync(join(pages, "alpha-article.html"))).toBe(true);
      expect(existsSync(join(pages, "beta-article.html"))).toBe(false);
      // The Spanish edition: the translation is built; the draft's listed gap is no page yet.
      expect(existsSync(join(distDir, "es", "articles", "alpha-article.html"))).toBe(true);
      expect(existsSync(join(distDir, "es", "articles", "beta-article.html"))).toBe(false);
    },
  );
});

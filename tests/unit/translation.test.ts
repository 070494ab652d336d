import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { languageAlternates } from "@/lib/i18n/alternates";
import { formatDate, langs, localize, notFoundPages, splitLang } from "@/lib/i18n/lang";
import { messages } from "@/lib/i18n/messages";
import { builtPaths, editionPaths, pageLangs, publicPaths } from "@/lib/routes";
import { pageReferences } from "@/lib/content/references";
import { publishedUrls } from "@/lib/content/urls";
import { edit, fixtureRoot, load, loadError } from "./helpers";

// The Spanish edition of the fixture site: alpha-article is translated, beta-article is a listed gap.
describe("the Spanish edition", () => {
  it("loads each translation with its own words, review state and change log, and lists its gaps", async () => {
    const content = await load(fixtureRoot());
    const es = content.editions.es;
    expect(es.articles.map((a) => a.slug)).toEqual(["alpha-article"]);
    expect(es.gaps.articles.map((g) => g.slug)).toEqual(["beta-article"]);
    const alpha = es.articles[0]!;
    expect(alpha.frontmatter.title).toBe("Artículo alfa para las pruebas");
    expect(alpha.facts.headings.map((h) => h.id)).toEqual(
      content.articles.find((a) => a.slug === "alpha-article")!.facts.headings.map((h) => h.id),
    );
    expect(alpha.review.status).toBe("not-signed");
    expect(alpha.frontmatter.changes.map((c) => c.summary)).toEqual(["Primera publicación en español."]);
    // The shared data in Spanish: same ids, sources and numbers, Spanish words.
    const flags = es.shared.groups.find((g) => g.id === "fixture-flags")!;
    expect(flags.title).toBe("Señales de una emergencia de fixture");
    expect(flags.items.map((i) => i.sources)).toEqual(
      content.shared.groups.find((g) => g.id === "fixture-flags")!.items.map((i) => i.sources),
    );
    expect(es.shared.figures.find((f) => f.id === "fixture-bars")).toMatchObject({ title: "Alimentos fixture", unit: "mg" });
    expect(es.glossary.find((g) => g.id === "serum")!.frontmatter.term).toBe("Suero de la sangre");
    expect(es.packets[0]!.title).toBe("Un paquete fixture");
    expect(es.topics["magnesium-basics"].label).not.toBe(content.editions.en.topics["magnesium-basics"].label);
  });

  it("cites a shared source's Spanish version where content/es/sources.yaml lists one", async () => {
    const root = fixtureRoot();
    const spanish = { title: "Una etiqueta compartida", url: "https://example.org/es/etiqueta" };
    writeFileSync(
      join(root, "content", "es", "sources.yaml"),
      `sources:\n  - id: shared-label\n    title: ${spanish.title}\n    url: ${spanish.url}\n`,
    );
    const content = await load(root);
    const version = content.editions.es.shared.sources.find((s) => s.id === "shared-label");
    expect(version).toEqual({ ...content.shared.sources.find((s) => s.id === "shared-label"), ...spanish, language: "es" });
    expect(content.shared.sources.find((s) => s.id === "shared-label")!.language).toBeUndefined();
    // A source without a Spanish version stays the English one.
    expect(content.editions.es.shared.sources.find((s) => s.id === "shared-guide")).toEqual(
      content.shared.sources.find((s) => s.id === "shared-guide"),
    );
    // The Spanish page's reference list is where a reader meets it.
    const alpha = content.editions.es.articles[0]!;
    expect(pageReferences(alpha, content.editions.es.shared)).toContainEqual(version);
  });

  it("fails on a Spanish source version for no shared source, listed twice, or not https", async () => {
    const root = fixtureRoot();
    const entry = (id: string, url = "https://example.org/es") => `  - id: ${id}\n    title: Una fuente\n    url: ${url}\n`;
    writeFileSync(
      join(root, "content", "es", "sources.yaml"),
      `sources:\n${entry("no-such-source")}${entry("shared-label")}${entry("shared-label")}`,
    );
    const message = await loadError(root);
    expect(message).toMatch(/content\/es\/sources\.yaml:2\s+sources\[0\]\.id: no source "no-such-source" in content\/sources\.yaml/);
    expect(message).toMatch(/content\/es\/sources\.yaml:8\s+sources\[2\]\.id: source "shared-label" is listed twice/);
    writeFileSync(join(root, "content", "es", "sources.yaml"), `sources:\n${entry("shared-label", "http://example.org/es")}`);
    expect(await loadError(root)).toMatch(/content\/es\/sources\.yaml:4\s+sources\[0\]\.url: expected an https:\/\/ URL/);
  });

  it("fails when a published English document has no translation and no listed gap", async () => {
    const root = fixtureRoot();
    edit(root, "es/gaps.yaml", (s) => s.replace(/articles:[\s\S]*/, "articles: []\n"));
    expect(await loadError(root)).toMatch(
      /content\/es\/articles\/beta-article\.mdx\s+missing translation of content\/articles\/beta-article\.mdx: write it, or list "beta-article" under articles in content\/es\/gaps\.yaml/,
    );
  });

  it("fails on a glossary term without a translation (a term can never be a gap)", async () => {
    const root = fixtureRoot();
    writeFileSync(join(root, "content", "es", "glossary", "serum.mdx"), "");
    edit(root, "es/glossary/electrolyte.mdx", (s) => s.replace("related: [serum]\n", ""));
    const message = await loadError(root);
    expect(message).toMatch(/es\/glossary\/serum\.mdx:1\s+expected frontmatter/);
    expect(message).toMatch(/expected the same related terms as the English, missing "serum"/);
  });

  it("fails on a translation that is not the same document: sections, evidence, safety boxes, figures", async () => {
    const root = fixtureRoot();
    edit(root, "es/articles/alpha-article.mdx", (s) =>
      s
        .replace("{#a-subsection}", "{#una-subseccion}")
        .replace('evidence="strong"', 'evidence="moderate"')
        .replace('<SafetyList list="fixture-interactions" />', ""),
    );
    const message = await loadError(root);
    expect(message).toMatch(
      /alpha-article\.mdx\s+body: expected the same section ids \(in order\) as the English, missing "a-subsection"; not in the English "una-subseccion"/,
    );
    expect(message).toMatch(/expected the same <Use> ids, evidence and settings as the English/);
    expect(message).toMatch(/expected the same safety boxes as the English, missing "<SafetyList fixture-interactions>"/);
  });

  it("fails on a link from a Spanish page to an English one, and on a link to a section of an untranslated page", async () => {
    const root = fixtureRoot();
    edit(root, "es/articles/alpha-article.mdx", (s) =>
      s.replace("[enlace](/es/articles/beta-article)", "[enlace](/articles/beta-article) y [otro](/es/articles/beta-article#beta-section)"),
    );
    const message = await loadError(root);
    expect(message).toMatch(
      /alpha-article\.mdx:31\s+"\/articles\/beta-article" is an English page: link to \/es\/articles\/beta-article instead/,
    );
    expect(message).toMatch(
      /broken link "\/es\/articles\/beta-article#beta-section": "beta-article" has no section with id "beta-section"/,
    );
    // "/es/" is no page on nginx: the edition's home is /es.
    edit(root, "es/navigation.yaml", (s) => s.replace("href: /es }", "href: /es/ }"));
    expect(await loadError(root)).toMatch(
      /es\/navigation\.yaml:\d+\s+popular\[0\]\.href: "\/es\/": write \/es \(the home page has no trailing slash\)/,
    );
  });

  it("fails when the Spanish safety data does not match the English entry by entry", async () => {
    const root = fixtureRoot();
    edit(root, "es/safety/red-flags.yaml", (s) => s.replace("      - una señal de fixture que no se quita\n", ""));
    edit(root, "es/safety/lists.yaml", (s) => s.replace("id: fixture-failure", "id: fixture-fallo"));
    edit(root, "es/figures/fixture-visit.yaml", (s) => s.replace("  - { label: Revisiones después }\n", ""));
    const message = await loadError(root);
    expect(message).toMatch(/es\/safety\/red-flags\.yaml:7\s+groups\[0\]\.items: expected 2 items, as in the English, found 1/);
    expect(message).toMatch(/es\/safety\/lists\.yaml:\d+\s+lists\[0\]\.items: missing item "fixture-failure"/);
    expect(message).toMatch(/lists\[0\]\.items\[0\]\.id: no item "fixture-fallo" in the English list/);
    expect(message).toMatch(/es\/figures\/fixture-visit\.yaml:\d+\s+steps: expected 3 entries, as in the English, found 2/);
  });

  it("says when the English changed after the translation, and rejects a translation dated after it", async () => {
    const root = fixtureRoot();
    edit(root, "es/articles/alpha-article.mdx", (s) => s.replace("basedOn: 2026-06-01", "basedOn: 2026-03-01"));
    const content = await load(root);
    expect(content.editions.es.behind.get("/articles/alpha-article")).toBe("2026-06-01");
    expect(content.warnings.map((w) => w.message).join("\n")).toMatch(
      /the English changed on 2026-06-01, after this translation \(2026-03-01\)/,
    );

    edit(root, "es/articles/alpha-article.mdx", (s) => s.replace("basedOn: 2026-03-01", "basedOn: 2026-07-01"));
    expect(await loadError(root)).toMatch(
      /alpha-article\.mdx:3\s+basedOn: expected the date of the English article's newest change \(2026-06-01\) or earlier/,
    );
  });

  it("does not carry the English sign-off over to the translation", async () => {
    const root = fixtureRoot();
    edit(root, "reviewers.json", (s) => s.replace('"name": null', '"name": "Dr. Test"'));
    const english = (await load(root)).articles.find((a) => a.slug === "alpha-article")!;
    writeFileSync(
      join(root, "content", "sign-offs.json"),
      JSON.stringify({
        signOffs: [{ document: "articles/alpha-article", reviewer: "clinical-lead", date: "2026-06-01", hash: english.reviewHash }],
      }),
    );
    const content = await load(root);
    expect(content.articles.find((a) => a.slug === "alpha-article")!.review.status).toBe("signed");
    expect(content.editions.es.articles[0]!.review.status).toBe("not-signed");
  });

  it("fails on a gap that is translated after all, or names no English document", async () => {
    const root = fixtureRoot();
    edit(
      root,
      "es/gaps.yaml",
      (s) =>
        `${s}  - slug: alpha-article\n    reason: Un motivo de prueba, bastante largo.\n  - slug: gamma\n    reason: Un motivo de prueba, bastante largo.\n`,
    );
    const message = await loadError(root);
    expect(message).toMatch(
      /articles\[1\]\.slug: "alpha-article" is translated \(content\/es\/articles\/alpha-article\.mdx\): remove it from the gaps/,
    );
    expect(message).toMatch(/articles\[2\]\.slug: no English article "gamma"/);
  });

  it("requires the edition's folder", async () => {
    const root = fixtureRoot();
    const { rmSync } = await import("node:fs");
    rmSync(join(root, "content", "es"), { recursive: true });
    expect(await loadError(root)).toMatch(/content\/es\s+expected this folder: the es edition of the site/);
  });
});

describe("paths in two languages", () => {
  it("puts every language but English under its prefix, and takes it off again", () => {
    for (const path of ["/", "/articles/x", "/articles/x#y", "/glossary", "/#topics"]) {
      expect(splitLang(localize(path, "es"))).toEqual({ lang: "es", path });
      expect(splitLang(localize(path, "en"))).toEqual({ lang: "en", path });
    }
    expect(localize("/", "es")).toBe("/es");
    expect(splitLang("/essential")).toEqual({ lang: "en", path: "/essential" });
    expect(notFoundPages.map((p) => p.file)).toEqual(["/es/404.html", "/404.html"]);
  });

  it("gives every page reciprocal alternates: each language's page names the same set, x-default English", async () => {
    const content = await load(fixtureRoot());
    const paths = publicPaths(content);
    for (const lang of langs)
      for (const path of editionPaths(content.editions[lang])) {
        const mine = languageAlternates(content, path);
        if (!mine) continue;
        for (const other of pageLangs(content, path)) {
          expect(languageAlternates(content, splitLang(localize(path, other)).path)).toEqual(mine);
          expect(paths).toContain(localize(path, other));
        }
        expect(mine["x-default"]).toBe(path);
      }
    // An untranslated article has no Spanish alternate: its Spanish address is built, but is no translation.
    expect(languageAlternates(content, "/articles/beta-article")).toBeNull();
    expect(builtPaths(content)).toContain("/es/articles/beta-article");
    expect(paths).not.toContain("/es/articles/beta-article");
    expect(publishedUrls(content)["/es/articles/alpha-article"]).toEqual(["first-section", "a-subsection", "uses", "a-use"]);
    expect(publishedUrls(content)["/es/articles/beta-article"]).toEqual([]);
  });

  it("writes dates as each language does", () => {
    expect(formatDate("2026-12-01", "en")).toBe("December 1, 2026");
    expect(formatDate("2026-12-01", "es")).toBe("1 de diciembre de 2026");
  });
});

describe("the page frame's words", () => {
  // Words that are the same in both languages on purpose (names, codes).
  const same = new Set<string>([]);
  const leaves = (value: unknown, path: string[] = []): [string, unknown][] =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
      : [[path.join("."), value]];
  const sample = (v: unknown) => (typeof v === "function" ? (v as (...a: unknown[]) => unknown)("X", "Y", "Z", "W") : v);

  it("has every Spanish string, none empty and none left in English", () => {
    const en = new Map(leaves(messages.en));
    const es = new Map(leaves(messages.es));
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    const untranslated = [...en]
      .filter(([key]) => !same.has(key) && !key.startsWith("article.sourceIn"))
      .filter(([key, value]) => String(sample(value)) === String(sample(es.get(key))))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
    for (const [key, value] of es) if (!key.startsWith("article.sourceIn")) expect(String(sample(value)).trim(), key).not.toBe("");
  });
});

import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import { contentOptions } from "@/lib/content/options";
import { topics } from "@/lib/content/schema";
import { allPaths } from "./pages";
import { sitePages } from "./quality/site-pages";

// Published pages only, from the same routes module as the build: a draft is never expected.
const under = (prefix: string) => sitePages.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
const slugs = (dir: "content/articles" | "content/glossary") => under(dir === "content/articles" ? "/articles/" : "/glossary/");

test("the sitemap lists every article, glossary term and page, with review dates, and not the staff page", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const slug of slugs("content/articles"))
    expect(xml).toMatch(new RegExp(`<loc>https://[^<]+/articles/${slug}</loc>(\\s*<xhtml:link [^>]+>)*\\s*<lastmod>\\d{4}-\\d{2}-\\d{2}`));
  for (const id of slugs("content/glossary")) expect(xml).toContain(`/glossary/${id}</loc>`);
  for (const page of ["/contact", "/privacy"]) expect(xml).toContain(`${page}</loc>`);
  expect(xml).not.toContain("/share</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: https:\/\/.+\/sitemap\.xml/);
});

test("every page has one h1 and its own title, description and canonical URL", async ({ request }) => {
  const seen = { title: new Map<string, string>(), description: new Map<string, string>(), canonical: new Map<string, string>() };
  for (const path of await allPaths(request)) {
    if (path === "/this-page-does-not-exist") continue;
    const html = await (await request.get(path)).text();
    expect(html.match(/<h1[\s>]/g)?.length, `${path}: h1 count`).toBe(1);
    const fields = {
      title: /<title>(.*?)<\/title>/.exec(html)?.[1],
      description: /<meta name="description" content="(.*?)"/.exec(html)?.[1],
      canonical: /<link rel="canonical" href="(.*?)"/.exec(html)?.[1],
    };
    for (const [name, value] of Object.entries(fields) as [keyof typeof seen, string | undefined][]) {
      expect(value, `${path}: ${name}`).toBeTruthy();
      expect(seen[name].get(value!), `${path}: ${name} "${value}" repeats`).toBeUndefined();
      seen[name].set(value!, path);
    }
    expect(fields.canonical).toMatch(new RegExp(`^https://[^/]+${path === "/" ? "/?" : path}$`));
  }
});

test("every JSON-LD block parses and has its type's required fields", async ({ request }) => {
  const required: Record<string, string[]> = {
    MedicalWebPage: ["name", "url", "description", "about", "lastReviewed", "audience", "citation"],
    BreadcrumbList: ["itemListElement"],
    MedicalClinic: ["name", "address", "telephone", "url", "openingHoursSpecification"],
    DefinedTermSet: ["name", "hasDefinedTerm"],
    DefinedTerm: ["name", "description", "inDefinedTermSet"],
  };
  const types = new Set<string>();
  for (const path of await allPaths(request)) {
    const html = await (await request.get(path)).text();
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)) {
      const data = JSON.parse(json!) as Record<string, unknown>;
      expect(data["@context"], path).toBe("https://schema.org");
      const type = data["@type"] as string;
      types.add(type);
      for (const field of required[type] ?? ["name"]) expect(data[field], `${path} ${type}.${field}`).toBeTruthy();
      if (type === "MedicalWebPage") expect((data.citation as unknown[]).length, path).toBeGreaterThanOrEqual(2);
      if (type === "BreadcrumbList") {
        const items = data.itemListElement as { position: number; item: string }[];
        expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
        expect(new URL(items.at(-1)!.item).pathname).toBe(path);
      }
    }
  }
  expect([...types].sort()).toEqual(Object.keys(required).sort());
});

test("every article has a share card image made at build time", async ({ request }) => {
  const html = await (await request.get("/articles/side-effects")).text();
  const og = /<meta property="og:image" content="https:\/\/[^/]+([^"]+)"/.exec(html)?.[1];
  expect(og).toBeTruthy();
  const image = await request.get(og!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
});

test("a word that appears only in one article's body finds that article", async ({ page, request }) => {
  // Choose the word from the built pages themselves, so the test follows the content: it must appear
  // in one article's body and on no other page of the site.
  const texts = new Map<string, string>();
  for (const path of await allPaths(request)) {
    const html = await (await request.get(path)).text();
    const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? "";
    texts.set(path, main.replace(/<[^>]+>/g, " ").toLowerCase());
  }
  const pagesWith = (word: string) => [...texts].filter(([, text]) => new RegExp(`\\b${word}\\b`).test(text)).map(([p]) => p);
  const candidates: { path: string; word: string }[] = [];
  for (const path of [...texts.keys()].filter((p) => p.startsWith("/articles/"))) {
    await page.goto(path);
    const body = (await page.locator(".prose").innerText()).toLowerCase();
    candidates.push(...[...new Set(body.match(/\b[a-z]{9,}\b/g))].map((word) => ({ path, word })));
  }
  const { path, word } = candidates.find(({ word }) => pagesWith(word).length === 1)!;
  await page.goto("/search");
  await page.getByLabel("Search this site").fill(word);
  await expect(page.getByRole("status")).toContainText(/\d+ results? for/);
  // Search stems words ("therapies" also finds "therapy"), so other pages may follow; this one must be there.
  const found = await page.locator(".search-results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(found, `searching "${word}"`).toContain(path);
});

test("search works by keyboard, and finds glossary terms", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel("Search this site").focus();
  await page.keyboard.type("hypomagnesemia");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=hypomagnesemia$/);
  await expect(page.locator(".search-results a[href='/glossary/hypomagnesemia']")).toBeVisible();
});

test("without JavaScript the search page lists every page instead", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search?q=magnesium");
  for (const slug of slugs("content/articles")) await expect(page.locator(`a[href="/articles/${slug}"]`).first()).toBeAttached();
  for (const id of slugs("content/glossary")) await expect(page.locator(`a[href="/glossary/${id}"]`)).toBeAttached();
  await context.close();
});

test("an unknown URL answers 404 with a search box and top links", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("search")).toBeVisible();
  await expect(page.getByRole("link", { name: "Home page" })).toBeVisible();
});

test("articles show breadcrumbs, contents for long pages, and previous/next within their topic", async ({ page }) => {
  // Expectations come from the content itself, so an editor's reordering or retitling breaks nothing:
  // the test checks that the page shows what the data says, for an article with a neighbour on each side.
  const content = await loadContent({ ...contentOptions(), includeDrafts: false });
  const hubs = Object.keys(topics).map((t) =>
    content.articles
      .filter((a) => a.frontmatter.topic === t)
      .sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.frontmatter.title.localeCompare(b.frontmatter.title)),
  );
  const hub = hubs.find((h) => h.length >= 3)!;
  const [prev, article, next] = [hub[0]!, hub[1]!, hub[2]!];
  const label = topics[article.frontmatter.topic].label;
  await page.goto(`/articles/${article.slug}`);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link")).toHaveText(["Home", label]);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(article.frontmatter.title);
  const more = page.getByRole("navigation", { name: `More in ${label}` });
  await expect(more.locator('a[rel="prev"]')).toHaveAttribute("href", `/articles/${prev.slug}`);
  await expect(more.locator('a[rel="next"]')).toHaveAttribute("href", `/articles/${next.slug}`);
  // A long article lists its sections, and every entry lands on one.
  const long = content.articles.find((a) => a.facts.headings.filter((h) => h.depth === 2).length >= 4)!;
  await page.goto(`/articles/${long.slug}`);
  const links = await page
    .getByRole("navigation", { name: "On this page" })
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.length).toBeGreaterThanOrEqual(4);
  for (const href of links) await expect(page.locator(href!)).toBeAttached();
});

test("booking calls to action follow articles, never safety pages or emergency advice", async ({ page }) => {
  await page.goto("/articles/what-is-a-magnesium-infusion");
  await expect(page.getByRole("complementary").filter({ hasText: "Thinking about an infusion?" })).toBeVisible();
  await expect(page.locator(".emergency .booking-cta, .emergency .button")).toHaveCount(0);
  for (const slug of ["when-to-get-emergency-care", "side-effects", "who-should-not-have-an-infusion"]) {
    await page.goto(`/articles/${slug}`);
    await expect(page.locator(".booking-cta"), slug).toHaveCount(0);
  }
});

test("clinic details are shown as placeholders until the clinic fills them in", async ({ page }) => {
  await page.goto("/contact");
  const details = page.locator(".clinic-details");
  await expect(details).toContainText(/Sample details/);
  await expect(details.getByRole("link", { name: "Book an appointment" })).toHaveAttribute("href", /^https:\/\//);
});

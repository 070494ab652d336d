import type { APIRequestContext } from "@playwright/test";

/** Every page the suite checks: the sitemap's URLs (as local paths), plus the staff share page and a 404. */
export async function allPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths, "/share", "/this-page-does-not-exist"];
}

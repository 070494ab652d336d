import { expect, test } from "@playwright/test";
import { t } from "@/lib/i18n/messages";

// What each server answers for the Spanish edition (runs against `npm start` and nginx).

test("a missing Spanish address gets the Spanish page not found, with status 404", async ({ request }) => {
  const response = await request.get("/es/esta-pagina-no-existe");
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain('<html lang="es">');
  expect(html).toContain(t("es").notFound.title);
  const english = await request.get("/this-page-does-not-exist");
  expect(english.status()).toBe(404);
  expect(await english.text()).toContain(t("en").notFound.title);
});

test("no redirect by browser language: a link opens what was sent", async ({ request }) => {
  for (const path of ["/", "/articles/side-effects"]) {
    const response = await request.get(path, { headers: { "Accept-Language": "es-MX,es;q=0.9" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(await response.text()).toContain('<html lang="en-US">');
  }
  const spanish = await request.get("/es", { headers: { "Accept-Language": "en-US" }, maxRedirects: 0 });
  expect(spanish.status()).toBe(200);
  expect(await spanish.text()).toContain('<html lang="es">');
});

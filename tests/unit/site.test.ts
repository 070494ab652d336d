import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { siteSchema } from "@/lib/content/schema";
import { describeHours, parseSite } from "@/lib/site";
import { fixtureRoot, loadError } from "./helpers";

const good = JSON.parse(readFileSync("content/site.json", "utf8")) as Record<string, unknown> & { clinic: Record<string, unknown> };
const withClinic = (change: Record<string, unknown>) => ({ ...good, clinic: { ...good.clinic, ...change } });

describe("the site and clinic settings (content/site.json)", () => {
  it("accepts the committed settings", () => {
    expect(siteSchema.safeParse(good).success).toBe(true);
  });

  it("keeps sample clinic details visibly marked as placeholders", () => {
    const { clinic } = parseSite(good);
    if (clinic.placeholder) {
      expect(clinic.email).toMatch(/\.example$/);
      expect(clinic.bookingUrl).toMatch(/^https:\/\/[^/]*\.example\//);
      expect(clinic.phone).toMatch(/555-01\d\d$/);
    } else {
      expect(clinic.email).not.toMatch(/\.example$/);
    }
  });

  it.each([
    [
      "a booking link that is not https",
      withClinic({ bookingUrl: "http://clinic.example/book" }),
      "clinic.bookingUrl: expected an https:// URL",
    ],
    [
      "a phone number without a country code",
      withClinic({ phone: "555-0100" }),
      "clinic.phone: expected an international phone number starting with +",
    ],
    ["an email address that is not one", withClinic({ email: "clinic at example" }), "clinic.email: expected an email address"],
    [
      "opening hours that close before they open",
      withClinic({ hours: [{ days: ["Monday"], opens: "17:00", closes: "09:00" }] }),
      "clinic.hours: expected every opening time to be before its closing time",
    ],
    [
      "a day that does not exist",
      withClinic({ hours: [{ days: ["Funday"], opens: "09:00", closes: "17:00" }] }),
      "clinic.hours[0].days[0]:",
    ],
    ["a missing emergency number", { ...good, emergencyNumber: undefined }, "emergencyNumber:"],
    ["a site URL with a trailing slash", { ...good, siteUrl: "https://magnesium-guide.example/" }, "siteUrl: expected no trailing slash"],
  ])("rejects %s, naming the file and the field", (_name, input, expected) => {
    expect(() => parseSite(input)).toThrow(`content/site.json  ${expected}`);
  });

  it("fails the content check too, with the file, line and field", async () => {
    const root = fixtureRoot();
    const file = join(root, "content", "site.json");
    writeFileSync(file, JSON.stringify(withClinic({ bookingUrl: "ftp://clinic.example/book" }), null, 2));
    expect(await loadError(root)).toMatch(/content\/site\.json:\d+\s+clinic\.bookingUrl: expected an https:\/\/ URL/);
  });

  it("describes opening hours in words", () => {
    expect(describeHours({ days: ["Monday", "Tuesday", "Wednesday"], opens: "09:00", closes: "17:30" })).toBe(
      "Monday to Wednesday, 9:00 AM to 5:30 PM",
    );
  });
});

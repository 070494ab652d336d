import { chromium } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
const errors = [];
page.on("console", m => { if (m.type() === "error" || m.type() === "warning") errors.push(m.type() + ": " + m.text()); });
page.on("pageerror", e => errors.push(String(e)));
for (const p of ["/", "/articles/side-effects", "/search?q=asthma", "/nope", "/articles/nope", "/glossary", "/share", "/contact"]) {
  await page.goto("http://localhost:3005" + p); await page.waitForTimeout(800);
  console.log(p, await page.evaluate(() => document.querySelectorAll("[role=status]").length));
}
console.log(errors.join("\n") || "no console errors");
await browser.close();

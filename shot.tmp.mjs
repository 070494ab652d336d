import { chromium } from "playwright";
const [,, url, out, width = "1280", height = "900", selector, media] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const errors = [];
page.on("console", m => { if (m.type() === "error") errors.push(m.text()); });
page.on("request", r => { if (!r.url().startsWith("http://localhost")) errors.push("EXTERNAL " + r.url()); });
await page.goto(url);
if (media === "pdf") { await page.pdf({ path: out, format: "A4" }); }
else {
  if (selector && selector !== "-") await page.evaluate((s) => document.querySelector(s).scrollIntoView(), selector);
  await page.screenshot({ path: out });
}
console.log(errors.join("\n") || "no console errors");
await browser.close();

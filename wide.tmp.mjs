import { chromium } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
await page.goto("http://localhost:3005/articles/how-much-magnesium-you-need");
console.log(await page.evaluate(() => {
  const w = document.querySelector(".table-wrap"); const cs = getComputedStyle(w);
  const chain = []; let e = w; while (e) { chain.push(e.tagName + "." + e.className + " w=" + Math.round(e.getBoundingClientRect().width)); e = e.parentElement; }
  return { overflowX: cs.overflowX, display: cs.display, width: w.getBoundingClientRect().width, chain, sw: document.documentElement.scrollWidth };
}));
await browser.close();

import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// A second production build, from fixture content with renamed pages and sections (tests/fixtures/renamed-site).
const renamedPort = port + 1;
// Debian's Chromium (tests/setup/install-chromium.sh); Playwright cannot download its own browsers here.
const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  use: {
    launchOptions: { executablePath, args },
    trace: "off",
  },
  projects: [
    { name: "desktop", testIgnore: /renamed\.spec/, use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${port}` } },
    {
      name: "phone-320",
      // The whole-site gates (quality, headers, planted faults) run once, in the desktop project.
      testIgnore: /(renamed|quality|headers|planted-faults|hostile|review)\.spec/,
      use: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, baseURL: `http://127.0.0.1:${port}` },
    },
    { name: "renamed-site", testMatch: /renamed\.spec/, use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${renamedPort}` } },
  ],
  webServer: [
    {
      // Always the production build, served the way `npm start` serves it.
      command: `npm run build && PORT=${port} npm start`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: "pipe",
    },
    {
      // build:site, not build: the search index goes to public/, which the main server shares.
      command: `npm run build:site && PORT=${renamedPort} npm start`,
      env: { CONTENT_ROOT: "tests/fixtures/renamed-site", NEXT_DIST_DIR: ".next-renamed" },
      url: `http://127.0.0.1:${renamedPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: "pipe",
    },
  ],
});

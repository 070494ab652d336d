import { defineConfig, devices } from "@playwright/test";

// One production build of the real site (out/), served by `npm start` and by nginx with the generated
// configuration; and one of tests/fixtures/renamed-site (out-renamed/), served by both as well.
// Playwright starts the web servers one after another, so the two builds never run at once.
const port = Number(process.env.E2E_PORT ?? 3100);
const ports = { site: port, nginx: port + 1, renamed: port + 2, renamedNginx: port + 3 };
// Debian's Chromium (tests/setup/install-chromium.sh); Playwright cannot download its own browsers here.
const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const url = (p: number) => `http://127.0.0.1:${p}`;
// The specs that are about the server, not the pages: they run against both servers.
const serverSpecs = /(headers|hostile|spanish-server)\.spec/;
const renamed = { CONTENT_ROOT: "tests/fixtures/renamed-site", NEXT_DIST_DIR: ".next-export-renamed", SITE_DIR: "out-renamed" };

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
    { name: "desktop", testIgnore: /renamed\.spec/, use: { ...devices["Desktop Chrome"], baseURL: url(ports.site) } },
    { name: "nginx", testMatch: serverSpecs, use: { ...devices["Desktop Chrome"], baseURL: url(ports.nginx) } },
    {
      name: "phone-320",
      // Only what depends on the viewport; the whole-site gates run once, in the desktop project.
      testMatch: /\/(shell|glossary|links)\.spec/,
      use: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, baseURL: url(ports.site) },
    },
    { name: "renamed-site", testMatch: /renamed\.spec/, use: { ...devices["Desktop Chrome"], baseURL: url(ports.renamed) } },
    { name: "renamed-nginx", testMatch: /renamed\.spec/, use: { ...devices["Desktop Chrome"], baseURL: url(ports.renamedNginx) } },
  ],
  webServer: [
    {
      command: `npm run build && PORT=${ports.site} npm start`,
      url: url(ports.site),
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: "pipe",
    },
    { command: `PORT=${ports.nginx} npm run serve:nginx`, url: url(ports.nginx), reuseExistingServer: !process.env.CI, timeout: 30_000 },
    {
      command: `npm run build && PORT=${ports.renamed} npm start`,
      env: renamed,
      url: url(ports.renamed),
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: "pipe",
    },
    {
      command: `PORT=${ports.renamedNginx} npm run serve:nginx`,
      env: renamed,
      url: url(ports.renamedNginx),
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});

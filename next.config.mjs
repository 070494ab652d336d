import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { securityHeaders } from "./lib/security-headers.mjs";

/**
 * Permanent (308) redirects from every former article slug and glossary id to the current page.
 * The content check has already validated these fields; this only reads them.
 */
function renamedPages() {
  const root = process.env.CONTENT_ROOT ?? process.cwd();
  return [
    ["articles", "formerSlugs"],
    ["glossary", "formerIds"],
  ].flatMap(([folder, field]) => {
    const dir = join(root, "content", folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(".mdx"))
      .flatMap((name) => {
        const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, name), "utf8"))?.[1] ?? "";
        const fm = parse(yaml, { schema: "core" }) ?? {};
        if (fm.draft === true) return [];
        const current = name.replace(/\.mdx$/, "");
        return (fm[field] ?? []).map((old) => ({ source: `/${folder}/${old}`, destination: `/${folder}/${current}`, permanent: true }));
      });
  });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Tests that build from fixture content use their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Type errors fail `npm test` (npm run typecheck), so the build does not check the same code again.
  typescript: { ignoreBuildErrors: true },
  // Prerender with both cores (Next's default leaves one idle on a 2-core machine).
  experimental: { cpus: 2 },
  // mdx-bundler drives esbuild; keep both out of the server bundle (see ../shared/ENVIRONMENT.md).
  serverExternalPackages: ["esbuild", "mdx-bundler"],
  async redirects() {
    return renamedPages();
  },
  // The Content-Security-Policy is set per page by lib/cli/serve.mjs (it carries each page's script hashes).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Every page is static: `next build` exports plain files, which lib/build/static-site.ts then turns
  // into out/ (framework scripts removed, host configuration written). A distDir other than ".next"
  // names the export folder, so this is only a staging folder; out/ is replaced once everything passed.
  output: "export",
  distDir: process.env.NEXT_DIST_DIR ?? ".next-export",
  // Type errors fail `npm test` (npm run typecheck), so the build does not check the same code again.
  typescript: { ignoreBuildErrors: true },
  // Prerender with both cores (Next's default leaves one idle on a 2-core machine).
  experimental: { cpus: 2 },
  // mdx-bundler drives esbuild; keep both out of the server bundle.
  serverExternalPackages: ["esbuild", "mdx-bundler"],
};

export default nextConfig;

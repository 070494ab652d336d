/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Tests that build from fixture content use their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // mdx-bundler drives esbuild; keep both out of the server bundle (see ../shared/ENVIRONMENT.md).
  serverExternalPackages: ["esbuild", "mdx-bundler"],
};

export default nextConfig;

// ESLint: Next's own rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's.
// Formatting is Prettier's job (.prettierrc.json); `npm run lint` runs both checks.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next*/**",
    "out/**",
    "out-*/**",
    ".content-cache/**",
    "test-results/**",
    "playwright-report/**",
    "public/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // Static pages: plain <a> links are the point (no client-side router), and images are SVG or none.
      "@next/next/no-html-link-for-pages": "off",
      // Likewise the enhancement script navigates with location: there is no Next router in the browser.
      "@next/next/no-location-assign-relative-destination": "off",
      "@next/next/no-img-element": "off",
      // Unused names are errors, except ones that start with _ (kept to show a parameter's place).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Prettier wraps code at 140; what it cannot wrap (a long string, template, regex or URL) may run on.
      "max-len": [
        "error",
        {
          code: 140,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
          ignoreComments: false,
        },
      ],
    },
  },
  {
    // Pages are Server Components rendered once, at build time; each makes its MDX body component from
    // that page's compiled code (getMDXComponent), which is the documented mdx-bundler pattern. The rule
    // guards client components that re-render, which these never do.
    files: ["app/**/page.tsx", "app/_views/*.tsx"],
    rules: { "react-hooks/static-components": "off" },
  },
]);

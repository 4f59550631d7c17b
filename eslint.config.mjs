import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const TS_FILES = ["**/*.ts", "**/*.tsx"];

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      "public/**",
      "data/**",
      "tools/prisma-diff/node_modules/**",
      "tools/prisma-diff/**",
      "training/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  // typescript-eslint's type-checked recommended set, on TypeScript files (the .mjs scripts have no types).
  ...tseslint.configs.recommendedTypeChecked.map((entry) => ({ ...entry, files: TS_FILES })),
  {
    files: TS_FILES,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unnecessary-condition": "error",
      // An async function that satisfies a Promise-returning interface (a storage driver, a route
      // option, a test double) need not await; the floating- and misused-promise rules catch real hazards.
      "@typescript-eslint/require-await": "off",
      // UploadThing's errors are Errors at run time; its declaration does not say so.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "package", package: "@uploadthing/shared", name: "UploadThingError" }] },
      ],
    },
  },
  {
    // vitest's asymmetric matchers (expect.stringMatching ...) and Playwright's response.json() are
    // typed `any` by design; tests check those shapes at run time.
    files: ["**/*.test.ts", "**/*.spec.ts", "e2e/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
];

export default config;

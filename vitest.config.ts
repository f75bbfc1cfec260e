import { defineConfig } from "vitest/config";

// One root config; each package owns a tiny vitest.config.ts that names its project.
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "apps/*/vitest.config.ts",
      "tests/vitest.config.*",
      "tests/*/vitest.config.*",
    ],
  },
});

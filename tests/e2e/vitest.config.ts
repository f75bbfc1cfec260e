import { defineProject } from "vitest/config";

// Browser tests start real servers and a real Chromium: one file at a time, generous time limits.
export default defineProject({
  test: {
    name: "e2e",
    include: ["**/*.spec.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});

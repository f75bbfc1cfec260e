import { defineProject } from "vitest/config";

// Fault tests start, kill and restart real servers and databases: one file at a time, generous time limits.
export default defineProject({
  test: {
    name: "faults",
    include: ["**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 240_000,
  },
});

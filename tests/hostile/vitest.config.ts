import { defineProject } from "vitest/config";

// Hostile input against the server in-process (app.request): generated inputs, CSRF, sessions, limits, caches.
export default defineProject({
  test: { name: "hostile", include: ["**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000 },
});

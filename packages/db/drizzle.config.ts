import { defineConfig } from "drizzle-kit";

// `pnpm --filter @gongkai/db generate` writes a new versioned migration after a change to src/schema.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema.ts",
  out: "./migrations",
});

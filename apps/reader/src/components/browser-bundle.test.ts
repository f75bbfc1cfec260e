import { fileURLToPath } from "node:url";
import { build, type Rolldown } from "vite";
import { expect, it } from "vitest";

// The editor's browser bundle imports these components for its preview: nothing server-side may come along.
it("the shared components build for the browser without any server code", async () => {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    root: fileURLToPath(new URL("..", import.meta.url)),
    build: {
      write: false,
      lib: {
        entry: fileURLToPath(new URL("./index.ts", import.meta.url)),
        formats: ["es"],
        fileName: "components",
      },
      rolldownOptions: { external: ["react", "react/jsx-runtime"] },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const code = outputs
    .flatMap((o) => o.output.map((chunk) => ("code" in chunk ? chunk.code : "")))
    .join("\n");
  expect(code).toContain("key-indicators-heading");
  expect(code).not.toMatch(/["']node:|drizzle|pglite|argon2|@hono|react-dom\/server/);
}, 60_000);

import { defineConfig } from "vite";

// Builds the islands and the stylesheet into hashed files with a manifest that the server reads
// (src/server/assets.ts). No HTML entry: pages are rendered by the server.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    // The islands are a few KB; a preload polyfill would be larger than what it preloads.
    modulePreload: false,
    target: "es2020",
    rolldownOptions: {
      input: {
        reader: "src/islands/reader.ts",
        explorer: "src/islands/explorer.ts",
        style: "src/styles/reader.css",
      },
    },
  },
});

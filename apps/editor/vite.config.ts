import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/*
 * The editor is a single-page app served by apps/api at /editor/ (index.html for every route), plus a second page,
 * preview.html, that shows a report with the reader's own components and stylesheet and nothing of the editor's.
 * `pnpm dev` proxies the API (started with `pnpm start` or `tsx apps/api/src/main.ts`) so cookies stay same-origin.
 */
const api = process.env.GONGKAI_API_URL ?? "http://localhost:3000";

export default defineConfig({
  base: "/editor/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: { input: { main: "index.html", preview: "preview.html" } },
  },
  server: {
    port: 5174,
    proxy: { "/trpc": { target: api, changeOrigin: true } },
  },
});

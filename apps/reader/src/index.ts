// The reader's server side: the Hono sub-app apps/api mounts at `/`, and what it needs.
export * from "./charts";
export { DEFAULT_DIST_DIR, loadAssets, type ReaderAssets } from "./server/assets";
export { inLanguage, pathsFor } from "./server/paths";
export { HTML_CACHE_CONTROL, type ReaderOptions, readerRoutes } from "./server/routes";

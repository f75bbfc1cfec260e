import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** One built file, kept in memory with its compressed forms: the whole set is a few KB. */
export interface AssetFile {
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  contentType: string;
}

/** The built islands and stylesheet (Vite's manifest), by what pages ask for. */
export interface ReaderAssets {
  /** Address of the stylesheet. */
  css: string;
  /** Address of each island's entry, and of the chunks it imports (to preload). */
  scripts: Record<"reader" | "explorer", { src: string; imports: string[] }>;
  /** Files by address (`/assets/…`). */
  files: Map<string, AssetFile>;
}

/** Where `vite build` puts the reader's files. */
export const DEFAULT_DIST_DIR = fileURLToPath(new URL("../../dist", import.meta.url));

interface ManifestEntry {
  file: string;
  imports?: string[];
  css?: string[];
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/**
 * Reads the built assets. Without a build there is nothing to serve: the error says how to make one, rather than
 * pages without styles.
 */
export function loadAssets(distDir: string = DEFAULT_DIST_DIR): ReaderAssets {
  const manifestPath = join(distDir, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) {
    throw new Error(
      `阅读端资源尚未构建 / the reader's assets are not built (${manifestPath} is missing): run \`pnpm --filter @gongkai/reader build\` or \`pnpm build\``,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, ManifestEntry>;
  const entry = (src: string) => {
    const e = manifest[src];
    if (!e) throw new Error(`the reader's manifest has no entry for ${src}: rebuild it`);
    return e;
  };
  const files = new Map<string, AssetFile>();
  for (const e of Object.values(manifest)) {
    const body = readFileSync(join(distDir, e.file));
    const ext = e.file.slice(e.file.lastIndexOf("."));
    files.set(`/${e.file}`, {
      body,
      gzip: gzipSync(body, { level: 9 }),
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      contentType: TYPES[ext] ?? "application/octet-stream",
    });
  }
  const script = (src: string) => {
    const e = entry(src);
    return { src: `/${e.file}`, imports: (e.imports ?? []).map((i) => `/${manifest[i]?.file ?? i}`) };
  };
  return {
    css: `/${entry("src/styles/reader.css").file}`,
    scripts: { reader: script("src/islands/reader.ts"), explorer: script("src/islands/explorer.ts") },
    files,
  };
}

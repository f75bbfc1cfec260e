import { gzipSync } from "node:zlib";
import type { AssetFile, ReaderAssets } from "../server/assets";

const file = (text: string, contentType: string): AssetFile => {
  const body = Buffer.from(text);
  return { body, gzip: gzipSync(body), brotli: body, contentType };
};

/** Assets for tests that render pages without a Vite build: real files of the same shape, tiny contents. */
export function testAssets(): ReaderAssets {
  return {
    css: "/assets/style-test.css",
    scripts: {
      reader: { src: "/assets/reader-test.js", imports: ["/assets/enhance-test.js"] },
      explorer: { src: "/assets/explorer-test.js", imports: ["/assets/enhance-test.js"] },
    },
    files: new Map([
      ["/assets/style-test.css", file("body{}", "text/css; charset=utf-8")],
      ["/assets/reader-test.js", file("export{}", "text/javascript; charset=utf-8")],
    ]),
  };
}

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { err, ok, type Result } from "@gongkai/domain";
import { type IngestError, ingestError } from "./errors";

/*
 * Reads the text of a PDF with pdf.js (the legacy build, which runs on Node 20): the text items of each page are
 * grouped into lines by their baseline and ordered left to right, so the result reads like a PDF copied as text
 * (fixed-width lines that the cleaner then reflows). CMaps ship with pdfjs-dist, for the many Chinese PDFs whose
 * fonts are not embedded (STSong-Light with UniGB-UCS2-H).
 */

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve("pdfjs-dist/package.json"));
const CMAP_URL = `${join(PDFJS_DIR, "cmaps")}/`;
const FONT_URL = `${join(PDFJS_DIR, "standard_fonts")}/`;

/** Reads the text of a PDF file, one layout line per line, pages in order. */
export async function pdfText(bytes: Uint8Array): Promise<Result<string, IngestError>> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js keeps the buffer it is given; a copy keeps the caller's bytes intact.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: FONT_URL,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(layoutLines(content.items as TextItem[]).join("\n"));
      page.cleanup();
    }
    await doc.destroy();
    const text = pages.join("\n");
    return text.trim() ? ok(text) : err(ingestError("no_text"));
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string }).name ?? "";
    return err(ingestError(name === "PasswordException" ? "encrypted_pdf" : "unreadable_pdf"));
  }
}

/**
 * Groups text items into lines by baseline (top to bottom), items left to right within a line. A line that starts
 * right of the page's left margin (the two-character indent of a Chinese paragraph, or a centred title) starts a
 * paragraph: a blank line before it keeps the cleaner from joining it to the line above.
 */
export function layoutLines(items: readonly TextItem[]): string[] {
  const glyphs = items.filter(
    (i) => typeof i.str === "string" && i.str.length > 0 && Array.isArray(i.transform),
  );
  const rows: Array<{ y: number; size: number; items: TextItem[] }> = [];
  for (const item of glyphs) {
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height ?? 10) || 10;
    const row = rows.find((r) => Math.abs(r.y - y) <= Math.max(r.size, size) * 0.4);
    if (row) row.items.push(item);
    else rows.push({ y, size, items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  const starts = rows.map((r) => Math.min(...r.items.map((i) => i.transform[4] ?? 0)));
  const margin = starts.length ? Math.min(...starts) : 0;
  const out: string[] = [];
  for (const [k, row] of rows.entries()) {
    if ((starts[k] ?? 0) - margin >= row.size * 1.5) out.push("");
    out.push(rowText(row));
  }
  return out;
}

function rowText(row: { size: number; items: TextItem[] }): string {
  {
    row.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
    let line = "";
    let end = Number.NEGATIVE_INFINITY;
    for (const item of row.items) {
      const x = item.transform[4] ?? 0;
      // A gap of more than half a character between items is a space in the layout.
      if (line && x - end > row.size * 0.5) line += " ";
      line += item.str;
      end = x + item.width;
    }
    return line.trim();
  }
}

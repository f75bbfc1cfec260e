import { type SpecImportResult, toSpecImportResult } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../src/ingest-file";
import { ingestText } from "../src/ingest-text";
import { makeDocx, makePdf } from "./make-files";
import { expectThresholds, goldFiles, sampleText, score } from "./scorer";

// A fixture's text in a Word file and in a PDF (laid out in fixed-width lines, paragraphs indented, a page
// number on every page) gives the same reports, sections and figures as the text file.

const squash = (s: string) => s.replace(/\s+/g, "").replace(/[。;:,!.、]+$/, "");

function headings(r: SpecImportResult): string[] {
  return r.documents.flatMap((d) => d.sections.map((s) => squash(s.heading)).filter(Boolean));
}

function figures(r: SpecImportResult): string[] {
  return r.documents.flatMap((d) => d.quantities.map((q) => `${q.value}${q.unit}`)).sort();
}

/** Share of `a`'s headings found in `b`, equal or one holding the other at 70 % of its length (the scorer's rule). */
function headingRecall(a: string[], b: string[]): number {
  const same = (x: string, y: string) =>
    x === y ||
    ((x.includes(y) || y.includes(x)) && Math.min(x.length, y.length) >= 0.7 * Math.max(x.length, y.length));
  return a.filter((h) => b.some((g) => same(h, g))).length / Math.max(1, a.length);
}

describe("Word and PDF files carrying a fixture's text", () => {
  for (const gold of goldFiles()) {
    const text = sampleText(gold.source);
    const fromText = toSpecImportResult(ingestText(text, { fileName: gold.source }));

    it(`give the text file's structure from .docx: ${gold.name}`, async () => {
      const r = await ingestFile({ bytes: await makeDocx(text), fileName: `${gold.name}.docx` });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.source.format).toBe("docx");
      const spec = toSpecImportResult(r.value);
      expect(spec.documents.map((d) => d.title)).toEqual(fromText.documents.map((d) => d.title));
      expect(headings(spec)).toEqual(headings(fromText));
      expect(figures(spec)).toEqual(figures(fromText));
      expectThresholds(score(spec, gold.path), expect);
    });

    it(`give the text file's structure from .pdf: ${gold.name}`, async () => {
      // A text that is already a PDF copy keeps its own lines: one source line per PDF line, no indents.
      const copied = gold.name.endsWith("-pdf");
      const layout = copied ? { width: 40, indent: false } : { width: 26 };
      const r = await ingestFile({ bytes: await makePdf(text, layout), fileName: `${gold.name}.pdf` });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.source.format).toBe("pdf");
      const spec = toSpecImportResult(r.value);
      expect(spec.documents.length).toBe(fromText.documents.length);
      expect(headingRecall(headings(fromText), headings(spec))).toBeGreaterThanOrEqual(0.97);
      expect(headingRecall(headings(spec), headings(fromText))).toBeGreaterThanOrEqual(0.97);
      const a = figures(fromText);
      const b = figures(spec);
      const common = a.filter((f) => {
        const k = b.indexOf(f);
        if (k < 0) return false;
        b.splice(k, 1);
        return true;
      }).length;
      expect(common / a.length).toBeGreaterThanOrEqual(0.99);
      expectThresholds(score(spec, gold.path), expect);
    }, 30_000);
  }
});

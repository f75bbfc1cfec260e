import type { Observation } from "@gongkai/domain";

/** A run of a paragraph: plain text, or a figure the report states (with the observation it is). */
export type TextRun = { text: string; figure?: undefined } | { text: string; figure: Observation };

/**
 * Splits a section's text into paragraphs (separated by "\n") and marks the figures read from it. A figure is
 * found where its provenance says; if the text moved since (an edit), by its quoted clause; figures that can no
 * longer be found, or that overlap one already marked, stay unmarked rather than mark the wrong words.
 */
export function markFigures(
  text: string,
  sectionId: string,
  observations: readonly Observation[],
): TextRun[][] {
  const spans: Array<{ start: number; end: number; figure: Observation }> = [];
  for (const o of observations) {
    const p = o.provenance;
    if (!p || p.sectionId !== sectionId || !p.figure) continue;
    const start = locate(text, p.start, p.end, p.quote, p.figure);
    if (start >= 0) spans.push({ start, end: start + p.figure.length, figure: o });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof spans = [];
  for (const s of spans) if (!kept.length || s.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(s);

  const paragraphs: TextRun[][] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineEnd = offset + line.length;
    const runs: TextRun[] = [];
    let at = offset;
    for (const s of kept) {
      if (s.start < offset || s.end > lineEnd) continue;
      if (s.start > at) runs.push({ text: text.slice(at, s.start) });
      runs.push({ text: text.slice(s.start, s.end), figure: s.figure });
      at = s.end;
    }
    if (lineEnd > at) runs.push({ text: text.slice(at, lineEnd) });
    if (line.trim()) paragraphs.push(runs);
    offset = lineEnd + 1;
  }
  return paragraphs;
}

function locate(text: string, start: number, end: number, quote: string, figure: string): number {
  if (start >= 0 && end <= text.length && end > start) {
    const inSpan = text.slice(start, end).indexOf(figure);
    if (inSpan >= 0) return start + inSpan;
  }
  if (quote) {
    const q = text.indexOf(quote);
    const inQuote = q >= 0 ? quote.indexOf(figure) : -1;
    if (inQuote >= 0) return q + inQuote;
  }
  return -1;
}

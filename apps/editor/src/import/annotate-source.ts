import type { ImportedDocument, Removal } from "@gongkai/domain";

/*
 * The import screen shows the cleaned text of a document with what the pipeline found marked in it (headings,
 * quantities, indicators, placeholders) and what it removed put back inline at the place it was taken from, so the
 * editor sees the source and the result in one reading. This cuts the text into runs that each carry the marks
 * covering them.
 */

export type MarkType = "heading" | "quantity" | "indicator" | "placeholder";

export interface SourceMark {
  type: MarkType;
  /** Index of the thing marked in its list (sections, quantities, indicators, placeholders). */
  index: number;
  start: number;
  end: number;
}

export type SourceSegment =
  | { kind: "text"; start: number; end: number; marks: SourceMark[] }
  | { kind: "removal"; index: number };

/**
 * Cuts `[range.start, range.end)` into runs at every mark boundary, each with the marks that cover it, and puts
 * each removal (by its index in `removed`) before the run starting where it stood.
 * @example annotateSource({ start: 0, end: 4 }, [{ type: "quantity", index: 0, start: 1, end: 3 }], [])
 *   // text 0–1 (no marks), text 1–3 (quantity 0), text 3–4
 */
export function annotateSource(
  range: { start: number; end: number },
  marks: readonly SourceMark[],
  removed: ReadonlyArray<Pick<Removal, "at">>,
): SourceSegment[] {
  const inRange = (p: number) => p >= range.start && p <= range.end;
  const visible = marks.filter((m) => m.end > m.start && m.end > range.start && m.start < range.end);
  const insertions = removed
    .map((r, index) => ({ at: r.at, index }))
    .filter((r) => inRange(r.at))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const points = new Set<number>([range.start, range.end]);
  for (const m of visible) {
    points.add(Math.max(range.start, m.start));
    points.add(Math.min(range.end, m.end));
  }
  for (const r of insertions) points.add(r.at);
  const sorted = [...points].sort((a, b) => a - b);
  const out: SourceSegment[] = [];
  let next = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as number;
    while (next < insertions.length && (insertions[next]?.at ?? Number.POSITIVE_INFINITY) <= a) {
      out.push({ kind: "removal", index: insertions[next]?.index ?? 0 });
      next++;
    }
    const b = sorted[i + 1];
    if (b === undefined || b <= a) continue;
    out.push({ kind: "text", start: a, end: b, marks: visible.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}

/** Every mark of an imported document. */
export function documentMarks(doc: ImportedDocument): SourceMark[] {
  const marks: SourceMark[] = [];
  doc.sections.forEach((s, index) => {
    if (s.headingSpan) marks.push({ type: "heading", index, ...s.headingSpan });
  });
  doc.quantities.forEach((q, index) => {
    marks.push({ type: "quantity", index, ...q.span });
  });
  doc.indicators.forEach((q, index) => {
    marks.push({ type: "indicator", index, ...q.span });
  });
  doc.placeholders.forEach((p, index) => {
    marks.push({ type: "placeholder", index, ...p.span });
  });
  return marks;
}

/** Indices of the removals that stood inside a document (the ones that can be restored into it). */
export function removalsWithin(
  doc: Pick<ImportedDocument, "span">,
  removed: ReadonlyArray<Pick<Removal, "at">>,
): number[] {
  return removed.flatMap((r, i) => (r.at >= doc.span.start && r.at <= doc.span.end ? [i] : []));
}

import type { ImportedDocument, ImportResult, Observation, Span } from "@gongkai/domain";
import { AppError } from "../errors";

const shift = (span: Span, at: number, by: number): Span =>
  span.start >= at
    ? { start: span.start + by, end: span.end + by }
    : span.end > at
      ? { ...span, end: span.end + by }
      : span;

/**
 * Puts back fragments the cleaner removed (by their index in `result.removed`) into one document, keeping every
 * span consistent: the text goes into the section whose text holds its position, later spans move along.
 */
export function restoreRemovals(
  result: ImportResult,
  document: ImportedDocument,
  indices: readonly number[],
): ImportedDocument {
  let doc = structuredClone(document);
  // From the back, so that earlier positions stay valid while later ones are restored.
  const chosen = [...new Set(indices)]
    .map((i) => {
      const r = result.removed[i];
      if (!r) {
        throw new AppError("VALIDATION", {
          fields: [{ path: `restoreRemovals[${i}]`, message: "no such removal" }],
        });
      }
      return r;
    })
    .sort((a, b) => b.at - a.at);
  for (const removal of chosen) {
    const at = removal.at;
    const text = removal.text;
    const section = doc.sections.findIndex((s) => s.textSpan.start <= at && at <= s.textSpan.end);
    if (section < 0 || at < doc.span.start || at > doc.span.end) continue;
    doc = {
      ...doc,
      span: shift(doc.span, at, text.length),
      sections: doc.sections.map((s, i) => {
        const textSpan = shift(s.textSpan, at, text.length);
        const headingSpan = s.headingSpan ? shift(s.headingSpan, at, text.length) : null;
        if (i !== section) return { ...s, textSpan, headingSpan };
        const offset = at - s.textSpan.start;
        return { ...s, text: s.text.slice(0, offset) + text + s.text.slice(offset), textSpan, headingSpan };
      }),
      quantities: doc.quantities.map((q) => ({ ...q, span: shift(q.span, at, text.length) })),
      indicators: doc.indicators.map((q) => ({
        ...q,
        span: shift(q.span, at, text.length),
        clauseSpan: shift(q.clauseSpan, at, text.length),
      })),
      placeholders: doc.placeholders.map((p) => ({ ...p, span: shift(p.span, at, text.length) })),
    };
  }
  return doc;
}

/** A document without the extracted indicators the editor rejected (by index in `document.indicators`). */
export function withoutIndicators(document: ImportedDocument, rejected: readonly number[]): ImportedDocument {
  const drop = new Set(rejected);
  return { ...document, indicators: document.indicators.filter((_, i) => !drop.has(i)) };
}

/**
 * Applies the editor's decisions on extracted figures to the draft's observations, which are the document's
 * indicators that were not rejected, in order: confirmed ones are marked so, corrected ones take the corrected
 * fields and are confirmed. An index that names no indicator, or one both rejected and kept, is refused.
 */
export function applyIndicatorDecisions(
  observations: Observation[],
  indicatorCount: number,
  decisions: {
    rejectIndicators: readonly number[];
    confirmIndicators: readonly number[];
    correctIndicators: ReadonlyArray<{ index: number; patch: Partial<Observation> }>;
  },
): void {
  const rejected = new Set(decisions.rejectIndicators);
  const refuse = (path: string, message: string) => {
    throw new AppError("VALIDATION", { fields: [{ path, message }] });
  };
  const kept = Array.from({ length: indicatorCount }, (_, i) => i).filter((i) => !rejected.has(i));
  const at = new Map(kept.map((index, k) => [index, observations[k]]));
  decisions.confirmIndicators.forEach((index, i) => {
    if (index >= indicatorCount) refuse(`confirmIndicators[${i}]`, "no such indicator");
    if (rejected.has(index)) refuse(`confirmIndicators[${i}]`, "an indicator cannot be both rejected and confirmed");
    const o = at.get(index);
    if (o) o.confirmed = true;
  });
  decisions.correctIndicators.forEach(({ index, patch }, i) => {
    if (index >= indicatorCount) refuse(`correctIndicators[${i}].index`, "no such indicator");
    if (rejected.has(index)) refuse(`correctIndicators[${i}].index`, "an indicator cannot be both rejected and corrected");
    const o = at.get(index);
    if (o) Object.assign(o, patch, { confirmed: true });
  });
}

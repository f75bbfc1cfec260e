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
  // From the back, so that earlier positions stay valid while later ones are restored; fragments taken from
  // the same place go back last first, so that they end up in their original order.
  const chosen = [...new Set(indices)]
    .map((i) => {
      const r = result.removed[i];
      if (!r) {
        throw new AppError("VALIDATION", {
          fields: [{ path: `restoreRemovals[${i}]`, message: "no such removal" }],
        });
      }
      return { removal: r, i };
    })
    .sort((a, b) => b.removal.at - a.removal.at || b.i - a.i);
  for (const { removal } of chosen) {
    if (removal.at < doc.span.start || removal.at > doc.span.end) continue;
    // A fragment taken from between sections (a site's banner above the first heading) goes to the start of the
    // next section's text, as a paragraph of its own; otherwise it goes back where it stood.
    let section = doc.sections.findIndex(
      (s) => s.textSpan.start <= removal.at && removal.at <= s.textSpan.end,
    );
    let at = removal.at;
    let text = removal.text;
    if (section < 0) {
      section = doc.sections.findIndex((s) => s.textSpan.start >= removal.at);
      if (section < 0) section = doc.sections.length - 1;
      const target = doc.sections[section];
      if (!target) continue;
      const before = target.textSpan.start >= removal.at;
      at = before ? target.textSpan.start : target.textSpan.end;
      if (before && target.text && !text.endsWith("\n")) text = `${text}\n`;
      if (!before && target.text && !text.startsWith("\n")) text = `\n${text}`;
    }
    doc = {
      ...doc,
      span: shift(doc.span, at, text.length),
      sections: doc.sections.map((s, i) => {
        const textSpan = shift(s.textSpan, at, text.length);
        const headingSpan = s.headingSpan ? shift(s.headingSpan, at, text.length) : null;
        if (i !== section) return { ...s, textSpan, headingSpan };
        const offset = at - s.textSpan.start;
        return {
          ...s,
          text: s.text.slice(0, offset) + text + s.text.slice(offset),
          textSpan: { start: s.textSpan.start, end: s.textSpan.end + text.length },
          headingSpan,
        };
      }),
      quantities: doc.quantities.map((q) => ({ ...q, span: shift(q.span, at, text.length) })),
      indicators: doc.indicators.map((q) => ({
        ...q,
        span: shift(q.span, at, text.length),
        clauseSpan: shift(q.clauseSpan, at, text.length),
      })),
      ...(doc.growthTargets
        ? {
            growthTargets: doc.growthTargets.map((g) => ({
              ...g,
              span: shift(g.span, at, text.length),
              clauseSpan: shift(g.clauseSpan, at, text.length),
            })),
          }
        : {}),
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
    if (rejected.has(index))
      refuse(`confirmIndicators[${i}]`, "an indicator cannot be both rejected and confirmed");
    const o = at.get(index);
    if (o) o.confirmed = true;
  });
  decisions.correctIndicators.forEach(({ index, patch }, i) => {
    if (index >= indicatorCount) refuse(`correctIndicators[${i}].index`, "no such indicator");
    if (rejected.has(index))
      refuse(`correctIndicators[${i}].index`, "an indicator cannot be both rejected and corrected");
    const o = at.get(index);
    if (o) Object.assign(o, patch, { confirmed: true });
  });
}

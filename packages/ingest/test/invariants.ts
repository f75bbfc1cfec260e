import { ImportResult } from "@gongkai/domain";

/**
 * Checks what every import result must satisfy, whatever the input: it validates against the domain schema, and
 * every span points at the text it claims. Returns the broken promises (empty when all hold).
 */
export function brokenInvariants(result: ImportResult): string[] {
  const problems: string[] = [];
  const parsed = ImportResult.safeParse(result);
  if (!parsed.success)
    problems.push(`schema: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join(".")}`);
  const { text } = result;
  const at = (s: { start: number; end: number }) =>
    s.start >= 0 && s.end <= text.length && s.start <= s.end ? text.slice(s.start, s.end) : null;
  for (const r of result.removed)
    if (r.at < 0 || r.at > text.length) problems.push(`removal out of the text: ${r.at}`);
  for (const [d, doc] of result.documents.entries()) {
    if (at(doc.span) === null) problems.push(`document ${d} span`);
    for (const [k, s] of doc.sections.entries()) {
      if (at(s.textSpan) !== s.text) problems.push(`document ${d} section ${k} text span`);
      if (s.headingSpan && at(s.headingSpan) !== s.heading)
        problems.push(`document ${d} section ${k} heading span`);
      if (!s.headingSpan && s.heading !== "")
        problems.push(`document ${d} section ${k} heading without span`);
      if (s.textSpan.start < doc.span.start || s.textSpan.end > doc.span.end)
        problems.push(`document ${d} section ${k} outside`);
    }
    for (const [k, q] of doc.quantities.entries()) {
      if (at(q.span) !== q.text) problems.push(`document ${d} quantity ${k} span`);
      if (!Number.isFinite(q.value)) problems.push(`document ${d} quantity ${k} value`);
    }
    for (const [k, i] of doc.indicators.entries()) {
      if (at(i.span) !== i.figure) problems.push(`document ${d} indicator ${k} figure span`);
      if (at(i.clauseSpan) !== i.text) problems.push(`document ${d} indicator ${k} clause span`);
      if (doc.quantities[i.quantityIndex]?.span.start !== i.span.start)
        problems.push(`document ${d} indicator ${k} quantity`);
    }
    for (const [k, g] of (doc.growthTargets ?? []).entries()) {
      if (at(g.span) !== g.figure) problems.push(`document ${d} growth target ${k} figure span`);
      if (at(g.clauseSpan) !== g.text) problems.push(`document ${d} growth target ${k} clause span`);
      if (doc.quantities[g.quantityIndex]?.span.start !== g.span.start)
        problems.push(`document ${d} growth target ${k} quantity`);
    }
    for (const [k, p] of doc.placeholders.entries())
      if (at(p.span) !== p.text) problems.push(`document ${d} placeholder ${k} span`);
  }
  return problems;
}

import {
  INDICATOR_CATALOGUE,
  isPublic,
  isWholeYears,
  periodEndYear,
  periodKey,
  type Report,
  toBaseUnit,
} from "@gongkai/domain";
import { and, eq, sql } from "drizzle-orm";
import { publicObservations, reports, reportVersions, searchDocuments } from "./schema";
import { vectorLiteral } from "./search-text";
import type { Executor } from "./types";

const indicatorNames = new Map(INDICATOR_CATALOGUE.map((d) => [d.code, d.name]));

/** Title, headings and text of a report as one plain text, the body snippets are cut from. */
export function reportPlainText(report: Report): string {
  return [report.title, ...report.sections.flatMap((s) => [s.heading, s.text])].filter(Boolean).join("\n");
}

/** The weighted search vector of a report: A title, B headings and indicator names, C text. */
export function reportVectors(report: Report): { vector: string; head: string } {
  const names = [
    ...new Set(
      report.observations.map((o) => (o.indicatorCode && indicatorNames.get(o.indicatorCode)) || o.subject),
    ),
  ];
  const headParts = [
    { text: report.title, weight: "A" as const },
    { text: report.sections.map((s) => s.heading).join("\n"), weight: "B" as const },
    { text: names.join("\n"), weight: "B" as const },
  ];
  return {
    head: vectorLiteral(headParts),
    // One position a lexeme carries its strongest weight (the title's come first) and keeps the vector a third
    // smaller than positions for ranking would: ranking reads only the small head vector.
    vector: vectorLiteral(
      [...headParts, { text: report.sections.map((s) => s.text).join("\n"), weight: "C" }],
      1,
    ),
  };
}

/** Rows of `public_observations` for a public version: figures linked to an indicator with a period. */
export function observationRows(
  report: Report,
  meta: { reportId: string; version: number; townshipId: string; countyId: string },
): (typeof publicObservations.$inferInsert)[] {
  return report.observations.flatMap((o) => {
    if (!o.indicatorCode || !o.period || !o.confirmed) return [];
    const base = toBaseUnit(o.decimal, o.unit);
    return [
      {
        reportId: meta.reportId,
        observationId: o.id,
        version: meta.version,
        townshipId: meta.townshipId,
        countyId: meta.countyId,
        reportYear: report.year,
        reportKind: report.kind,
        indicatorCode: o.indicatorCode,
        subject: o.subject,
        kind: o.kind,
        measure: o.measure,
        period: o.period,
        periodType: o.period.type,
        periodKey: periodKey(o.period),
        periodYear: periodEndYear(o.period),
        wholeYear: isWholeYears(o.period),
        decimal: o.decimal,
        unit: o.unit,
        qualifier: o.qualifier,
        baseValue: base.ok ? base.value.value : null,
        baseUnit: base.ok ? base.value.unit : null,
        yoyPct: o.comparisons.yoyPct,
        preliminary: o.preliminary,
        sectionId: o.provenance?.sectionId ?? null,
        quote: o.provenance?.quote ?? null,
      },
    ];
  });
}

/**
 * Brings the search index and the public figures of one report in line with what the public may see of it:
 * its published version while it is public, nothing otherwise. Call it in the transaction that changed it.
 */
export async function refreshPublicRecords(tx: Executor, reportId: string): Promise<void> {
  await tx.delete(searchDocuments).where(eq(searchDocuments.reportId, reportId));
  await tx.delete(publicObservations).where(eq(publicObservations.reportId, reportId));
  const [row] = await tx.select().from(reports).where(eq(reports.id, reportId));
  if (!row || row.publishedVersion === null || !isPublic(row)) return;
  const [version] = await tx
    .select({ content: reportVersions.content, createdAt: reportVersions.createdAt })
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.number, row.publishedVersion)));
  if (!version) return;
  const content = version.content;
  const { vector, head } = reportVectors(content);
  await tx.insert(searchDocuments).values({
    reportId,
    townshipId: row.townshipId,
    countyId: row.countyId,
    year: row.year,
    kind: row.kind,
    title: content.title,
    publishedAt: row.lastPublishedAt ?? version.createdAt,
    vector: sql`${vector}::tsvector`,
    head: sql`${head}::tsvector`,
    body: reportPlainText(content),
  });
  const rows = observationRows(content, {
    reportId,
    version: row.publishedVersion,
    townshipId: row.townshipId,
    countyId: row.countyId,
  });
  // Chunked: one statement per few hundred rows keeps parameter counts far below PostgreSQL's limit.
  for (let i = 0; i < rows.length; i += 500) {
    await tx.insert(publicObservations).values(rows.slice(i, i + 500));
  }
}

import { type Executor, publicObservations, warningAcknowledgements } from "@gongkai/db";
import { type Finding, findingKey, type PublishedFigure, type Report, runChecks } from "@gongkai/domain";
import { and, eq, ne } from "drizzle-orm";

/** A finding with its stable key and whether a warning was acknowledged. */
export interface CheckedFinding extends Finding {
  key: string;
  acknowledged: boolean;
}

/** Figures the township published in its other public reports, for the growth check. */
export async function previousFigures(
  db: Executor,
  townshipId: string,
  reportId: string,
): Promise<PublishedFigure[]> {
  const rows = await db
    .select({
      indicatorCode: publicObservations.indicatorCode,
      period: publicObservations.period,
      decimal: publicObservations.decimal,
      unit: publicObservations.unit,
    })
    .from(publicObservations)
    .where(
      and(
        eq(publicObservations.townshipId, townshipId),
        eq(publicObservations.kind, "actual"),
        eq(publicObservations.measure, "level"),
        ne(publicObservations.reportId, reportId),
      ),
    );
  return rows;
}

export async function acknowledgedKeys(db: Executor, reportId: string): Promise<Set<string>> {
  const rows = await db
    .select({ key: warningAcknowledgements.findingKey })
    .from(warningAcknowledgements)
    .where(eq(warningAcknowledgements.reportId, reportId));
  return new Set(rows.map((r) => r.key));
}

/** The domain's checks over a working copy, with acknowledgements applied. */
export async function checkReport(
  db: Executor,
  place: { townshipId: string; reportId: string },
  report: Report,
): Promise<CheckedFinding[]> {
  const [previous, acknowledged] = await Promise.all([
    previousFigures(db, place.townshipId, place.reportId),
    acknowledgedKeys(db, place.reportId),
  ]);
  return runChecks(report, { previousFigures: previous }).map((f) => {
    const key = findingKey(f);
    return { ...f, key, acknowledged: f.severity === "warning" && acknowledged.has(key) };
  });
}

import { places, reports, reportVersions, type Transaction } from "@gongkai/db";
import { MAX_HEADING_LENGTH, MAX_TITLE_LENGTH, Report } from "@gongkai/domain";
import { eq } from "drizzle-orm";
import { type AuditActor, audit } from "../audit";
import { AppError, validationError } from "../errors";

/** The township a new report belongs to, with its county; refuses anything that is not a township. */
export async function townshipWithCounty(tx: Transaction, townshipId: string) {
  const [township] = await tx.select().from(places).where(eq(places.id, townshipId));
  if (township?.level !== "township" || !township.parentId) {
    throw new AppError("NOT_FOUND", { message: { zh: "找不到该乡镇", en: "No such township" } });
  }
  return { township, countyId: township.parentId };
}

/** Makes imported or generated content fit the schema's limits: levels step down one at a time, lengths fit. */
export function fitToSchema(report: Report): Report {
  let previous = 0;
  return {
    ...report,
    title: report.title.trim().slice(0, MAX_TITLE_LENGTH) || "未命名报告",
    sections: report.sections.map((s) => {
      const level = Math.max(1, Math.min(s.level, previous + 1));
      previous = level;
      return { ...s, level, heading: s.heading.slice(0, MAX_HEADING_LENGTH) };
    }),
  };
}

/** Stores a new report as a draft at version 1, audited. */
export async function insertNewReport(
  tx: Transaction,
  who: AuditActor & { now: Date },
  content: Report,
  options: { countyId: string; importId?: string | null; demo?: boolean; summary: string },
): Promise<{ reportId: string; version: number; report: Report }> {
  const parsed = Report.safeParse(content);
  if (!parsed.success) throw validationError(parsed.error, ["report"]);
  const report = parsed.data;
  const userId = who.actor.kind === "user" ? who.actor.userId : null;
  await tx.insert(reports).values({
    id: report.id,
    townshipId: report.townshipId,
    countyId: options.countyId,
    kind: report.kind,
    year: report.year,
    title: report.title,
    state: "draft",
    headVersion: 1,
    importId: options.importId ?? null,
    demo: options.demo ?? false,
    createdBy: userId,
    createdAt: who.now,
    updatedAt: who.now,
  });
  await tx.insert(reportVersions).values({
    reportId: report.id,
    number: 1,
    kind: "draft",
    content: report,
    summary: options.summary,
    createdBy: userId,
    createdAt: who.now,
  });
  await audit(tx, who, {
    action: options.summary,
    reportId: report.id,
    entityType: "report",
    entityId: report.id,
    after: { title: report.title, kind: report.kind, year: report.year, importId: options.importId ?? null },
  });
  return { reportId: report.id, version: 1, report };
}

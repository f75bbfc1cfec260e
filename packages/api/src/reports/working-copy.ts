import { type Executor, reports, reportVersions, type Transaction } from "@gongkai/db";
import { migrateReport, Report } from "@gongkai/domain";
import { and, eq, sql } from "drizzle-orm";
import { type AuditActor, type AuditEntry, audit } from "../audit";
import { AppError, validationError } from "../errors";

export type ReportRow = typeof reports.$inferSelect;

/** A report's row, locked for the rest of the transaction so that edits to it queue up instead of racing. */
export async function lockReport(tx: Transaction, reportId: string): Promise<ReportRow> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, reportId)).for("update");
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The content of one version of a report, brought up to the current shape. */
export async function loadVersion(db: Executor, reportId: string, number: number): Promise<Report> {
  const [row] = await db
    .select({ content: reportVersions.content })
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.number, number)));
  if (!row) throw new AppError("NOT_FOUND");
  return Report.parse(migrateReport(row.content));
}

/** Refuses an edit based on a version other than the working copy's: no silent overwrite. */
export function assertBaseVersion(row: ReportRow, baseVersion: number): void {
  if (row.headVersion !== baseVersion) {
    throw new AppError("VERSION_CONFLICT", {
      message: {
        zh: `他人已先保存了更改（您基于第 ${baseVersion} 版，当前为第 ${row.headVersion} 版），请查看最新版本后再保存`,
        en: `Someone else saved first (you edited version ${baseVersion}, the latest is ${row.headVersion})`,
      },
      details: { baseVersion, currentVersion: row.headVersion },
    });
  }
}

/** Writes a validated report as a new immutable version and moves the working copy to it. */
export async function writeVersion(
  tx: Transaction,
  row: ReportRow,
  content: Report,
  options: {
    kind: "draft" | "publication";
    summary: string;
    changeNote?: string | null;
    userId: string | null;
    now: Date;
    extra?: Partial<typeof reports.$inferInsert>;
  },
): Promise<number> {
  const number = row.headVersion + 1;
  await tx.insert(reportVersions).values({
    reportId: row.id,
    number,
    kind: options.kind,
    content,
    summary: options.summary,
    changeNote: options.changeNote ?? null,
    createdBy: options.userId,
    createdAt: options.now,
  });
  // Once a version is public, the row's title, kind and year are the public ones (lists, the feed, filters read
  // them): a draft of a correction changes them only when it is published.
  const listed =
    options.kind === "publication" || !row.hasPublishedVersion
      ? { title: content.title, kind: content.kind, year: content.year }
      : {};
  await tx
    .update(reports)
    .set({ headVersion: number, ...listed, updatedAt: options.now, ...options.extra })
    .where(eq(reports.id, row.id));
  return number;
}

export interface EditResult {
  version: number;
  report: Report;
}

/**
 * The one way a draft changes: in a transaction, lock the report, refuse a stale base version or a report
 * that is not a draft, apply the change to the working copy, validate it with the domain's schema (a bad
 * field is named), write it as a new version and audit it.
 */
export async function editDraft(
  tx: Transaction,
  who: AuditActor & { now: Date },
  input: { reportId: string; baseVersion: number },
  change: {
    summary: string;
    apply: (draft: Report) => { audit: Omit<AuditEntry, "action" | "reportId"> };
  },
): Promise<EditResult> {
  const row = await lockReport(tx, input.reportId);
  if (row.state !== "draft") {
    throw new AppError("INVALID_STATE", {
      message: {
        zh: "报告不在草稿状态，不能修改；如需修改请先撤回审核或开始更正",
        en: "Only a draft can be changed; recall it from review or start a correction first",
      },
      details: { state: row.state },
    });
  }
  assertBaseVersion(row, input.baseVersion);
  const draft = await loadVersion(tx, row.id, row.headVersion);
  const { audit: entry } = change.apply(draft);
  const parsed = Report.safeParse(draft);
  if (!parsed.success) throw validationError(parsed.error, ["report"]);
  const version = await writeVersion(tx, row, parsed.data, {
    kind: "draft",
    summary: change.summary,
    userId: who.actor.kind === "user" ? who.actor.userId : null,
    now: who.now,
  });
  await audit(tx, who, { ...entry, action: change.summary, reportId: row.id, after: entry.after ?? null });
  return { version, report: parsed.data };
}

/** The next value of a named counter, e.g. the {seq} of a year's 索引号. */
export async function nextCounter(tx: Executor, name: string): Promise<number> {
  const rows = (await tx.execute(
    sql`insert into counters (name, value) values (${name}, 1)
        on conflict (name) do update set value = counters.value + 1 returning value`,
  )) as unknown as { rows: Array<{ value: number }> };
  return Number(rows.rows[0]?.value ?? 1);
}

import { scheduledPublications } from "@gongkai/db";
import {
  availableEvents,
  canEdit,
  type Place,
  type Report,
  type WorkflowEventType,
  type WorkflowState,
} from "@gongkai/domain";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { placesById } from "../../reports/summaries";
import { loadVersion } from "../../reports/working-copy";
import { type AccessContext, reportOf } from "../../trpc";
import type { ReportRef } from "../common.schema";

export interface WorkingReport {
  id: string;
  state: WorkflowState;
  /** The working copy's version: send it back as `baseVersion` with every edit. */
  version: number;
  publishedVersion: number | null;
  scheduledAt: string | null;
  withdrawalReason: string | null;
  report: Report;
  township: Place | null;
  county: Place | null;
  availableEvents: WorkflowEventType[];
  canEdit: boolean;
}

/** A report's working copy and where it stands, for those who may see its drafts. */
export async function getHandler({
  ctx,
  input: _,
}: {
  ctx: AccessContext;
  input: z.output<typeof ReportRef>;
}): Promise<WorkingReport> {
  const row = reportOf(ctx);
  const db = ctx.services.db;
  const [report, scheduled, names] = [
    await loadVersion(db, row.id, row.headVersion),
    (await db.select().from(scheduledPublications).where(eq(scheduledPublications.reportId, row.id)))[0],
    await placesById(db, [row.townshipId, row.countyId]),
  ];
  const place = { townshipId: row.townshipId, countyId: row.countyId };
  const scheduledAt = scheduled?.dueAt.toISOString() ?? null;
  return {
    id: row.id,
    state: row.state,
    version: row.headVersion,
    publishedVersion: row.publishedVersion,
    scheduledAt,
    withdrawalReason: row.withdrawalReason,
    report,
    township: names.get(row.townshipId) ?? null,
    county: names.get(row.countyId) ?? null,
    availableEvents: availableEvents(
      { state: row.state, place, hasPublishedVersion: row.hasPublishedVersion, scheduledAt },
      ctx.actor,
    ),
    canEdit: canEdit(ctx.actor, place) && row.state === "draft",
  };
}

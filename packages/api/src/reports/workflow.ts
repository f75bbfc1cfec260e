import {
  refreshPublicRecords,
  reports,
  reviewComments,
  scheduledPublications,
  type Transaction,
} from "@gongkai/db";
import {
  type Actor,
  availableEvents,
  blockingFindings,
  type IndexNumberRule,
  type Report,
  transition,
  type WorkflowEvent,
  type WorkflowEventType,
  type WorkflowState,
} from "@gongkai/domain";
import { eq } from "drizzle-orm";
import { audit } from "../audit";
import { AppError } from "../errors";
import { newId } from "../ids";
import type { Services } from "../services";
import { acknowledgedKeys, checkReport } from "./checks";
import { disclosureFor } from "./disclosure";
import { assertBaseVersion, loadVersion, lockReport, type ReportRow, writeVersion } from "./working-copy";

export interface WorkflowResult {
  state: WorkflowState;
  version: number;
  publishedVersion: number | null;
  scheduledAt: string | null;
  /** Whether what the public sees changed (the caller's caches must be cleared). */
  publicChanged: boolean;
  availableEvents: WorkflowEventType[];
}

const subjectOf = (row: ReportRow, scheduledAt: Date | null) => ({
  state: row.state,
  place: { townshipId: row.townshipId, countyId: row.countyId },
  hasPublishedVersion: row.hasPublishedVersion,
  scheduledAt: scheduledAt?.toISOString() ?? null,
});

/** Publishes the working copy as a new publication version and makes it what the public sees. */
async function publish(
  tx: Transaction,
  row: ReportRow,
  actor: Actor,
  changeNote: string | null,
  now: Date,
  rule: IndexNumberRule,
): Promise<number> {
  const content = await loadVersion(tx, row.id, row.headVersion);
  const published: Report = {
    ...content,
    disclosure: await disclosureFor(tx, row.townshipId, content, now, rule),
  };
  const version = await writeVersion(tx, row, published, {
    kind: "publication",
    summary: changeNote ? "workflow.publish_correction" : "workflow.publish",
    changeNote,
    userId: actor.kind === "user" ? actor.userId : null,
    now,
    extra: {
      state: "published",
      publishedVersion: row.headVersion + 1,
      hasPublishedVersion: true,
      firstPublishedAt: row.firstPublishedAt ?? now,
      lastPublishedAt: now,
      withdrawnAt: null,
      withdrawalReason: null,
    },
  });
  await tx.delete(scheduledPublications).where(eq(scheduledPublications.reportId, row.id));
  await refreshPublicRecords(tx, row.id);
  return version;
}

/**
 * Moves a report through the workflow with the domain's `transition`, doing what each step means: checks before
 * submission (errors block, warnings need an acknowledgement), publication as a new immutable version, a
 * scheduled publication as a row that survives restarts, withdrawal out of the public view. One transaction,
 * audited.
 */
export async function applyWorkflowEvent(
  services: Services,
  who: { actor: Actor; ip?: string | null },
  input: { reportId: string; baseVersion: number | null; event: WorkflowEvent },
): Promise<WorkflowResult> {
  const now = services.now();
  const result = await services.db.transaction(async (tx) => {
    const row = await lockReport(tx, input.reportId);
    if (input.baseVersion !== null) assertBaseVersion(row, input.baseVersion);
    const [scheduled] = await tx
      .select()
      .from(scheduledPublications)
      .where(eq(scheduledPublications.reportId, row.id));
    const event = input.event;
    const moved = transition(subjectOf(row, scheduled?.dueAt ?? null), event, who.actor, now);
    if (!moved.ok) {
      throw new AppError(moved.error.code === "forbidden" ? "FORBIDDEN" : "WORKFLOW_REFUSED", {
        message: moved.error.message,
        details: { refusal: moved.error.code, state: row.state, event: event.type },
      });
    }
    if (event.type === "submit") {
      const content = await loadVersion(tx, row.id, row.headVersion);
      const findings = await checkReport(tx, { townshipId: row.townshipId, reportId: row.id }, content);
      const blocking = blockingFindings(findings, await acknowledgedKeys(tx, row.id));
      if (blocking.length) {
        throw new AppError("CHECKS_BLOCKING", {
          message: {
            zh: `检查发现 ${blocking.length} 个须处理的问题：错误须改正，警告须确认`,
            en: `${blocking.length} findings block submission: fix the errors, acknowledge the warnings`,
          },
          details: { findings: blocking },
        });
      }
    }
    const userId = who.actor.kind === "user" ? who.actor.userId : null;
    let version = row.headVersion;
    let publishedVersion = row.publishedVersion;
    let scheduledAt: Date | null = scheduled?.dueAt ?? null;
    let publicChanged = false;
    const state = moved.value.state;
    switch (event.type) {
      case "publish":
      case "publish_due": {
        const note = event.type === "publish" ? (event.changeNote ?? null) : (scheduled?.changeNote ?? null);
        version = await publish(
          tx,
          row,
          who.actor,
          row.hasPublishedVersion ? note : null,
          now,
          services.indexNumberRule,
        );
        publishedVersion = version;
        scheduledAt = null;
        publicChanged = true;
        break;
      }
      case "schedule":
        scheduledAt = new Date(event.at);
        await tx
          .insert(scheduledPublications)
          .values({
            reportId: row.id,
            dueAt: scheduledAt,
            version: row.headVersion,
            changeNote: event.changeNote ?? null,
            createdBy: userId,
            createdAt: now,
          })
          .onConflictDoUpdate({
            target: scheduledPublications.reportId,
            set: { dueAt: scheduledAt, version: row.headVersion, changeNote: event.changeNote ?? null },
          });
        break;
      case "unschedule":
      case "reject":
        await tx.delete(scheduledPublications).where(eq(scheduledPublications.reportId, row.id));
        scheduledAt = null;
        break;
      case "withdraw":
        publicChanged = true;
        break;
      default:
        break;
    }
    if (event.type !== "publish" && event.type !== "publish_due") {
      await tx
        .update(reports)
        .set({
          state,
          updatedAt: now,
          ...(event.type === "withdraw" ? { withdrawnAt: now, withdrawalReason: event.reason } : {}),
        })
        .where(eq(reports.id, row.id));
      if (publicChanged) await refreshPublicRecords(tx, row.id);
    }
    // The reviewer's reasons reach the editor as comments on the report.
    const said =
      event.type === "reject" ? event.reason : event.type === "approve" ? event.comment : undefined;
    if (said && userId) {
      await tx.insert(reviewComments).values({
        id: newId("cmt"),
        reportId: row.id,
        sectionId: null,
        authorId: userId,
        body: event.type === "reject" ? `退回修改：${said}` : said,
        version: row.headVersion,
        createdAt: now,
      });
    }
    await audit(tx, who, {
      action: `workflow.${event.type}`,
      reportId: row.id,
      entityType: "report",
      entityId: row.id,
      before: { state: row.state, version: row.headVersion, publishedVersion: row.publishedVersion },
      after: { state, version, publishedVersion, event, scheduledAt: scheduledAt?.toISOString() ?? null },
    });
    const after = { ...row, state, headVersion: version, publishedVersion };
    return {
      state,
      version,
      publishedVersion,
      scheduledAt: scheduledAt?.toISOString() ?? null,
      publicChanged,
      availableEvents: availableEvents(subjectOf(after, scheduledAt), who.actor),
    };
  });
  if (result.publicChanged) services.reads.invalidate();
  return result;
}

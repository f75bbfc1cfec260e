import { auditLog, type Executor } from "@gongkai/db";
import type { Actor } from "@gongkai/domain";

export interface AuditEntry {
  /** What was done, as `area.verb`: `sections.edit`, `workflow.publish`, `users.create`. */
  action: string;
  reportId?: string | null;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who acted, as the audit log records it. */
export interface AuditActor {
  actor: Actor;
  ip?: string | null;
}

/** Writes one audit row; call it inside the transaction of the change it records, so both or neither land. */
export async function audit(tx: Executor, who: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorKind: who.actor.kind,
    actorId: who.actor.kind === "user" ? who.actor.userId : null,
    action: entry.action,
    reportId: entry.reportId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before === undefined ? null : entry.before,
    after: entry.after === undefined ? null : entry.after,
    ip: who.ip ?? null,
  });
}

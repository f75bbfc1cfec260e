import { auditLog, users } from "@gongkai/db";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { type AccessContext, reportOf } from "../../trpc";
import type { AuditForReportInput, AuditListInput } from "./list.schema";

export interface AuditRecord {
  id: number;
  at: string;
  actor: { kind: "user" | "system" | "anonymous"; id: string | null; name: string | null };
  action: string;
  reportId: string | null;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

async function read(
  ctx: AccessContext,
  where: SQL[],
  beforeId: number | undefined,
  limit: number,
): Promise<AuditRecord[]> {
  if (beforeId !== undefined) where.push(lt(auditLog.id, beforeId));
  const rows = await ctx.services.db
    .select({ a: auditLog, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return rows.map(({ a, name }) => ({
    id: a.id,
    at: a.at.toISOString(),
    actor: { kind: a.actorKind, id: a.actorId, name },
    action: a.action,
    reportId: a.reportId,
    entityType: a.entityType,
    entityId: a.entityId,
    before: a.before,
    after: a.after,
    ip: a.ip,
  }));
}

/** The whole audit log, newest first (admins). */
export async function auditListHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof AuditListInput>;
}) {
  const where: SQL[] = [];
  if (input.actorId) where.push(eq(auditLog.actorId, input.actorId));
  if (input.action) where.push(eq(auditLog.action, input.action));
  return read(ctx, where, input.beforeId, input.limit);
}

/** One report's history, newest first, for those who may see its drafts. */
export async function auditForReportHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof AuditForReportInput>;
}) {
  return read(ctx, [eq(auditLog.reportId, reportOf(ctx).id)], input.beforeId, input.limit);
}

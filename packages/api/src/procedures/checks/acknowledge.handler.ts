import { warningAcknowledgements } from "@gongkai/db";
import type { z } from "zod";
import { audit } from "../../audit";
import { AppError } from "../../errors";
import { checkReport } from "../../reports/checks";
import { loadVersion } from "../../reports/working-copy";
import { type AccessContext, reportOf } from "../../trpc";
import type { AcknowledgeInput } from "./acknowledge.schema";

/** Records that a warning was looked at and may pass; errors cannot be acknowledged. */
export async function acknowledgeHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof AcknowledgeInput>;
}) {
  const row = reportOf(ctx);
  const userId = ctx.user?.id;
  if (!userId) throw new AppError("UNAUTHENTICATED");
  const report = await loadVersion(ctx.services.db, row.id, row.headVersion);
  const finding = (
    await checkReport(ctx.services.db, { townshipId: row.townshipId, reportId: row.id }, report)
  ).find((f) => f.key === input.key);
  if (!finding)
    throw new AppError("NOT_FOUND", { fields: [{ path: "key", message: "no such finding now" }] });
  if (finding.severity !== "warning") {
    throw new AppError("VALIDATION", {
      message: { zh: "错误不能确认放行，须改正", en: "An error cannot be acknowledged; it must be fixed" },
      fields: [{ path: "key", message: "an error, not a warning" }],
    });
  }
  await ctx.services.db.transaction(async (tx) => {
    await tx
      .insert(warningAcknowledgements)
      .values({
        reportId: row.id,
        findingKey: input.key,
        version: row.headVersion,
        userId,
        note: input.note ?? null,
        createdAt: ctx.services.now(),
      })
      .onConflictDoNothing();
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "checks.acknowledge",
        reportId: row.id,
        entityType: "finding",
        entityId: input.key.slice(0, 200),
        after: {
          code: finding.code,
          excerpt: finding.excerpt,
          note: input.note ?? null,
          version: row.headVersion,
        },
      },
    );
  });
  return { acknowledged: true as const, key: input.key };
}

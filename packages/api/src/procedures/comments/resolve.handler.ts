import { reviewComments } from "@gongkai/db";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../audit";
import { AppError } from "../../errors";
import { type AccessContext, reportOf } from "../../trpc";
import type { ResolveInput } from "./resolve.schema";

/** Marks a comment thread resolved (or opens it again). */
export async function resolveHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof ResolveInput>;
}) {
  const row = reportOf(ctx);
  const now = ctx.services.now();
  await ctx.services.db.transaction(async (tx) => {
    const [comment] = await tx
      .select()
      .from(reviewComments)
      .where(and(eq(reviewComments.id, input.commentId), eq(reviewComments.reportId, row.id)));
    if (!comment)
      throw new AppError("NOT_FOUND", { fields: [{ path: "commentId", message: "no such comment" }] });
    const set = input.resolved
      ? { resolvedAt: now, resolvedBy: ctx.user?.id ?? null }
      : { resolvedAt: null, resolvedBy: null };
    await tx.update(reviewComments).set(set).where(eq(reviewComments.id, comment.id));
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: input.resolved ? "comments.resolve" : "comments.reopen",
        reportId: row.id,
        entityType: "comment",
        entityId: comment.id,
        before: { resolvedAt: comment.resolvedAt?.toISOString() ?? null },
        after: { resolvedAt: set.resolvedAt?.toISOString() ?? null },
      },
    );
  });
  return { commentId: input.commentId, resolved: input.resolved };
}

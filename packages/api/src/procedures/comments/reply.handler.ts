import { reviewComments } from "@gongkai/db";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../audit";
import { AppError } from "../../errors";
import { newId } from "../../ids";
import { type AccessContext, reportOf } from "../../trpc";
import type { ReplyInput } from "./reply.schema";

/** Replies to a comment of the same report; the reply sits under the thread's first comment. */
export async function replyHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof ReplyInput>;
}) {
  const row = reportOf(ctx);
  const authorId = ctx.user?.id;
  if (!authorId) throw new AppError("UNAUTHENTICATED");
  const id = newId("cmt");
  await ctx.services.db.transaction(async (tx) => {
    const [parent] = await tx
      .select()
      .from(reviewComments)
      .where(and(eq(reviewComments.id, input.commentId), eq(reviewComments.reportId, row.id)));
    if (!parent)
      throw new AppError("NOT_FOUND", { fields: [{ path: "commentId", message: "no such comment" }] });
    const reply = {
      id,
      reportId: row.id,
      sectionId: parent.sectionId,
      parentId: parent.parentId ?? parent.id,
      authorId,
      body: input.body,
      version: row.headVersion,
      createdAt: ctx.services.now(),
    };
    await tx.insert(reviewComments).values(reply);
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "comments.reply",
        reportId: row.id,
        entityType: "comment",
        entityId: id,
        after: reply,
      },
    );
  });
  return { commentId: id };
}

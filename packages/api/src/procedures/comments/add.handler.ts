import { reviewComments } from "@gongkai/db";
import type { z } from "zod";
import { audit } from "../../audit";
import { AppError } from "../../errors";
import { newId } from "../../ids";
import { loadVersion } from "../../reports/working-copy";
import { type AccessContext, reportOf } from "../../trpc";
import type { AddCommentInput } from "./add.schema";

/** Adds a review comment anchored to a section of the working copy. */
export async function addCommentHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof AddCommentInput>;
}) {
  const row = reportOf(ctx);
  const authorId = ctx.user?.id;
  if (!authorId) throw new AppError("UNAUTHENTICATED");
  if (input.sectionId) {
    const report = await loadVersion(ctx.services.db, row.id, row.headVersion);
    if (!report.sections.some((s) => s.id === input.sectionId)) {
      throw new AppError("VALIDATION", {
        fields: [{ path: "sectionId", message: "no such section in the report" }],
      });
    }
  }
  const id = newId("cmt");
  await ctx.services.db.transaction(async (tx) => {
    const comment = {
      id,
      reportId: row.id,
      sectionId: input.sectionId,
      authorId,
      body: input.body,
      version: row.headVersion,
      createdAt: ctx.services.now(),
    };
    await tx.insert(reviewComments).values(comment);
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "comments.add",
        reportId: row.id,
        entityType: "comment",
        entityId: id,
        after: comment,
      },
    );
  });
  return { commentId: id };
}

import { reviewComments, users } from "@gongkai/db";
import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import { type AccessContext, reportOf } from "../../trpc";
import type { ReportRef } from "../common.schema";

export interface ReviewComment {
  id: string;
  sectionId: string | null;
  parentId: string | null;
  author: { id: string; name: string };
  body: string;
  version: number;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

/** A report's review comments in order; replies name their parent. */
export async function listCommentsHandler({
  ctx,
}: {
  ctx: AccessContext;
  input: z.output<typeof ReportRef>;
}): Promise<ReviewComment[]> {
  const row = reportOf(ctx);
  const rows = await ctx.services.db
    .select({ c: reviewComments, authorName: users.name })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(eq(reviewComments.reportId, row.id))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
  return rows.map(({ c, authorName }) => ({
    id: c.id,
    sectionId: c.sectionId,
    parentId: c.parentId,
    author: { id: c.authorId, name: authorName },
    body: c.body,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    resolvedBy: c.resolvedBy,
  }));
}

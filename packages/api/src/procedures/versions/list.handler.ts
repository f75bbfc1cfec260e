import { reportVersions, users } from "@gongkai/db";
import { desc, eq } from "drizzle-orm";
import type { z } from "zod";
import { type AccessContext, reportOf } from "../../trpc";
import type { ReportRef } from "../common.schema";

export interface VersionEntry {
  version: number;
  kind: "draft" | "publication";
  summary: string;
  changeNote: string | null;
  createdAt: string;
  author: { id: string; name: string } | null;
}

/** Every version of a report, newest first: who saved what, when. */
export async function listVersionsHandler({
  ctx,
}: {
  ctx: AccessContext;
  input: z.output<typeof ReportRef>;
}): Promise<VersionEntry[]> {
  const row = reportOf(ctx);
  const rows = await ctx.services.db
    .select({
      number: reportVersions.number,
      kind: reportVersions.kind,
      summary: reportVersions.summary,
      changeNote: reportVersions.changeNote,
      createdAt: reportVersions.createdAt,
      authorId: reportVersions.createdBy,
      authorName: users.name,
    })
    .from(reportVersions)
    .leftJoin(users, eq(users.id, reportVersions.createdBy))
    .where(eq(reportVersions.reportId, row.id))
    .orderBy(desc(reportVersions.number))
    .limit(5000);
  return rows.map((r) => ({
    version: r.number,
    kind: r.kind,
    summary: r.summary,
    changeNote: r.changeNote,
    createdAt: r.createdAt.toISOString(),
    author: r.authorId ? { id: r.authorId, name: r.authorName ?? "" } : null,
  }));
}

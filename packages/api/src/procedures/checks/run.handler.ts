import type { z } from "zod";
import { type CheckedFinding, checkReport } from "../../reports/checks";
import { loadVersion } from "../../reports/working-copy";
import { type AccessContext, reportOf } from "../../trpc";
import type { ReportRef } from "../common.schema";

/** The domain's checks over the working copy: errors block submission, warnings need an acknowledgement. */
export async function runChecksHandler({
  ctx,
}: {
  ctx: AccessContext;
  input: z.output<typeof ReportRef>;
}): Promise<{ version: number; findings: CheckedFinding[]; blocking: number }> {
  const row = reportOf(ctx);
  const report = await loadVersion(ctx.services.db, row.id, row.headVersion);
  const findings = await checkReport(
    ctx.services.db,
    { townshipId: row.townshipId, reportId: row.id },
    report,
  );
  return {
    version: row.headVersion,
    findings,
    blocking: findings.filter((f) => f.severity === "error" || !f.acknowledged).length,
  };
}

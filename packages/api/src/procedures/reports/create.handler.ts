import { REPORT_KIND_LABELS, REPORT_SCHEMA_VERSION, REPORT_TEMPLATES, type Report } from "@gongkai/domain";
import type { z } from "zod";
import { newId } from "../../ids";
import { insertNewReport, townshipWithCounty } from "../../reports/create";
import type { AccessContext } from "../../trpc";
import type { CreateReportInput } from "./create.schema";

/** A blank report with the standard sections of its kind (the domain's templates). */
export async function createHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof CreateReportInput>;
}): Promise<{ reportId: string; version: number; report: Report }> {
  const now = ctx.services.now();
  return ctx.services.db.transaction(async (tx) => {
    const { township, countyId } = await townshipWithCounty(tx, input.townshipId);
    const report: Report = {
      schemaVersion: REPORT_SCHEMA_VERSION,
      id: newId("rpt"),
      townshipId: township.id,
      kind: input.kind,
      year: input.year,
      title: input.title ?? `${township.name}${input.year}年${REPORT_KIND_LABELS[input.kind].zh}`,
      meeting: null,
      presenter: null,
      deliveredOn: null,
      deliberation: null,
      disclosure: null,
      source: { method: "manual", fileName: null, importId: null, sourceUrl: null },
      sections: REPORT_TEMPLATES[input.kind].map((s) => ({ ...s, id: newId("sec"), topics: [], text: "" })),
      observations: [],
    };
    return insertNewReport(tx, { actor: ctx.actor, ip: ctx.request.ip, now }, report, {
      countyId,
      summary: "reports.create",
      demo: township.demo,
    });
  });
}

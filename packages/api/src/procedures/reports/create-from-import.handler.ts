import { imports } from "@gongkai/db";
import { isAdmin, REPORT_SCHEMA_VERSION, type Report } from "@gongkai/domain";
import { draftFromImport } from "@gongkai/ingest";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "../../errors";
import { newId } from "../../ids";
import { fitToSchema, insertNewReport, townshipWithCounty } from "../../reports/create";
import { applyIndicatorDecisions, restoreRemovals, withoutIndicators } from "../../reports/import-draft";
import type { AccessContext } from "../../trpc";
import type { CreateFromImportInput } from "./create-from-import.schema";

/** A draft from one document of an import, with the fragments to restore put back and rejected figures left out. */
export async function createFromImportHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof CreateFromImportInput>;
}): Promise<{ reportId: string; version: number; report: Report }> {
  const { services } = ctx;
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [row] = await tx.select().from(imports).where(eq(imports.id, input.importId));
    if (!row || (row.createdBy !== ctx.user?.id && !isAdmin(ctx.actor))) throw new AppError("NOT_FOUND");
    const source = row.result.documents[input.documentIndex];
    if (!source) {
      throw new AppError("VALIDATION", {
        fields: [{ path: "documentIndex", message: "no such document in the import" }],
      });
    }
    const { township, countyId } = await townshipWithCounty(tx, input.townshipId);
    const document = withoutIndicators(
      restoreRemovals(row.result, source, input.restoreRemovals),
      input.rejectIndicators,
    );
    const draft = draftFromImport(document, { newId: () => newId("x") });
    applyIndicatorDecisions(draft.observations, source.indicators.length, input);
    const year = input.year ?? document.year ?? new Date(now).getFullYear();
    const report: Report = fitToSchema({
      schemaVersion: REPORT_SCHEMA_VERSION,
      id: newId("rpt"),
      townshipId: township.id,
      kind: input.kind ?? document.kind,
      year,
      title: input.title ?? document.title,
      meeting: document.meeting,
      presenter: document.presenter?.name
        ? { name: document.presenter.name.slice(0, 40), title: document.presenter.title }
        : null,
      deliveredOn: null,
      deliberation: null,
      disclosure: null,
      source: { method: "import", fileName: row.fileName, importId: row.id, sourceUrl: null },
      sections: draft.sections,
      observations: draft.observations,
    });
    return insertNewReport(tx, { actor: ctx.actor, ip: ctx.request.ip, now }, report, {
      countyId,
      importId: row.id,
      summary: "reports.create_from_import",
      demo: township.demo,
    });
  });
}

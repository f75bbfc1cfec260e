import type { Report } from "@gongkai/domain";
import type { z } from "zod";
import { loadVersion } from "../../reports/working-copy";
import { type AccessContext, reportOf } from "../../trpc";
import type { GetVersionInput } from "./get.schema";

/** One version's whole content. */
export async function getVersionHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof GetVersionInput>;
}): Promise<{ version: number; report: Report }> {
  const row = reportOf(ctx);
  return { version: input.version, report: await loadVersion(ctx.services.db, row.id, input.version) };
}

import { imports } from "@gongkai/db";
import { type ImportResult, isAdmin } from "@gongkai/domain";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "../../errors";
import type { AccessContext } from "../../trpc";
import type { GetImportInput } from "./get.schema";

/** An import's result, for the one who uploaded it (or an admin). */
export async function getImportHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof GetImportInput>;
}): Promise<{
  importId: string;
  fileName: string | null;
  size: number;
  createdAt: string;
  result: ImportResult;
}> {
  const [row] = await ctx.services.db.select().from(imports).where(eq(imports.id, input.importId));
  if (!row || (row.createdBy !== ctx.user?.id && !isAdmin(ctx.actor))) throw new AppError("NOT_FOUND");
  return {
    importId: row.id,
    fileName: row.fileName,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
    result: row.result,
  };
}

import { createHash } from "node:crypto";
import { imports } from "@gongkai/db";
import type { ImportResult } from "@gongkai/domain";
import type { z } from "zod";
import { audit } from "../../audit";
import { AppError } from "../../errors";
import { newId } from "../../ids";
import type { AccessContext } from "../../trpc";
import type { CreateImportInput } from "./create.schema";

/**
 * The largest result (characters of JSON) sent back with the reply. A report's is tens to hundreds of kilobytes; a
 * 16 MB text gives 55 MB, which the editor fetches with `imports.get` when it needs it rather than in this reply.
 */
export const MAX_INLINE_IMPORT_RESULT = 4_000_000;

/**
 * Runs a file or pasted text through the import pipeline and keeps the original bytes with the result, so that
 * nothing removed is lost and the editor can restore it. The reply carries the result when it is at most
 * MAX_INLINE_IMPORT_RESULT long, otherwise `result: null` (fetch it with `imports.get`).
 */
export async function createImportHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof CreateImportInput>;
}): Promise<{ importId: string; result: ImportResult | null; resultLength: number }> {
  const { services } = ctx;
  const bytes =
    input.text !== undefined
      ? new TextEncoder().encode(input.text)
      : Buffer.from(input.contentBase64 ?? "", "base64");
  if (bytes.byteLength === 0) {
    throw new AppError("VALIDATION", { fields: [{ path: "contentBase64", message: "the file is empty" }] });
  }
  if (bytes.byteLength > services.maxUploadBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", {
      details: { maxBytes: services.maxUploadBytes, bytes: bytes.byteLength },
    });
  }
  // On the import worker: seconds of parsing a large file must not stop the server answering others.
  const { outcome: ingested, jsonLength } = await services.ingest.run({
    bytes,
    fileName: input.fileName,
    maxBytes: services.maxUploadBytes,
  });
  if (!ingested.ok) {
    throw new AppError("IMPORT_FAILED", {
      message: ingested.error.message,
      details: { reason: ingested.error.code },
    });
  }
  const result: ImportResult = ingested.value;
  const importId = newId("imp");
  await services.db.transaction(async (tx) => {
    await tx.insert(imports).values({
      id: importId,
      fileName: input.fileName,
      format: result.source.format,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      size: bytes.byteLength,
      bytes: new Uint8Array(bytes),
      result,
      createdBy: ctx.user?.id ?? null,
      createdAt: services.now(),
    });
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "imports.create",
        entityType: "import",
        entityId: importId,
        after: {
          fileName: input.fileName,
          size: bytes.byteLength,
          documents: result.documents.length,
          removed: result.removed.length,
        },
      },
    );
  });
  return {
    importId,
    result: jsonLength <= MAX_INLINE_IMPORT_RESULT ? result : null,
    resultLength: jsonLength,
  };
}

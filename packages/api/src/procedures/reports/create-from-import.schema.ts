import { Id, MAX_TITLE_LENGTH, Observation, ReportKind } from "@gongkai/domain";
import { z } from "zod";

/** What an editor may correct in an extracted figure before the draft is made. */
export const IndicatorCorrection = Observation.pick({
  indicatorCode: true,
  subject: true,
  decimal: true,
  unit: true,
  qualifier: true,
  period: true,
  kind: true,
})
  // Without the domain's default, which `partial()` would apply to a correction that leaves it out.
  .extend({ preliminary: z.boolean() })
  .partial()
  .strict();

export const CreateFromImportInput = z.object({
  townshipId: Id,
  importId: Id,
  /** Which document of the file (a collection holds several). */
  documentIndex: z.number().int().min(0).max(1000).default(0),
  /** Removed fragments to put back, by index in the import's `removed`. */
  restoreRemovals: z.array(z.number().int().min(0)).max(10_000).default([]),
  /** Extracted indicators the editor rejected, by index in the document's `indicators`. */
  rejectIndicators: z.array(z.number().int().min(0)).max(10_000).default([]),
  /** Extracted indicators the editor confirmed as read, by index in the document's `indicators`. */
  confirmIndicators: z.array(z.number().int().min(0)).max(10_000).default([]),
  /** Extracted indicators the editor corrected (and so confirmed): the fields that change. */
  correctIndicators: z
    .array(z.object({ index: z.number().int().min(0), patch: IndicatorCorrection }))
    .max(10_000)
    .default([]),
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH).optional(),
  kind: ReportKind.optional(),
  year: z.number().int().min(1949).max(2100).optional(),
});

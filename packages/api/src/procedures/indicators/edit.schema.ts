import { Id, ObservationMeasure, Revision } from "@gongkai/domain";
import { z } from "zod";
import { ReportEdit } from "../common.schema";
import { ObservationFields } from "./add.schema";

/**
 * The fields an edit changes. The domain gives `preliminary`, `confirmed` and `measure` defaults, and a default would fill a
 * field the edit leaves out (zod applies defaults inside `partial()`), so here they are plain optional fields.
 * `revisions` is not among them: the history is appended by the server only (strict: sending it is an error).
 */
export const ObservationPatch = ObservationFields.omit({ revisions: true })
  .extend({ preliminary: z.boolean(), confirmed: z.boolean(), measure: ObservationMeasure })
  .partial()
  .strict();

export const EditIndicatorInput = ReportEdit.extend({
  observationId: Id,
  patch: ObservationPatch,
  /**
   * Replace the figure by a revised value (预计数 → 决算数): the server keeps the value before this edit in the
   * figure's revisions with this note and the time, as the domain's `reviseObservation` does; the audit log says who.
   */
  revision: z.object({ note: Revision.shape.note }).strict().optional(),
});

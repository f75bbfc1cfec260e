import { Id, Revision } from "@gongkai/domain";
import { z } from "zod";
import { ReportEdit } from "../common.schema";
import { ObservationFields } from "./add.schema";

/**
 * The fields an edit changes. The domain gives `preliminary`, `revisions` and `confirmed` defaults, and a default
 * would fill a field the edit leaves out (zod applies defaults inside `partial()`), silently clearing a figure's
 * revisions; here they are plain optional fields.
 */
export const ObservationPatch = ObservationFields.extend({
  preliminary: z.boolean(),
  revisions: z.array(Revision),
  confirmed: z.boolean(),
})
  .partial()
  .strict();

export const EditIndicatorInput = ReportEdit.extend({
  observationId: Id,
  patch: ObservationPatch,
});

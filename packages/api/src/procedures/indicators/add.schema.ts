import { Observation } from "@gongkai/domain";
import { z } from "zod";
import { ReportEdit } from "../common.schema";

/**
 * A figure's fields as a client sends them. Its revision history is the server's to write (`indicators.edit`
 * with `revision`), so a new figure starts with none: `revisions` may be left out or sent empty, nothing else.
 */
export const ObservationFields = Observation.omit({ id: true, revisions: true }).extend({
  revisions: z
    .array(z.unknown())
    .max(0, { message: "revision history is written by the server; send an empty list or leave it out" })
    .optional(),
});

export const AddIndicatorInput = ReportEdit.extend({ observation: ObservationFields });

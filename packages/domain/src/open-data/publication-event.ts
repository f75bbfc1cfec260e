import { z } from "zod";
import { ReportKind } from "../report-kind";
import { Id } from "../text";
import { Instant } from "./instant";

/** A publication or a correction, for the home page and the Atom feed. */
export const PublicationEvent = z.object({
  reportId: Id,
  title: z.string(),
  townshipId: Id,
  township: z.string(),
  year: z.number().int(),
  kind: ReportKind,
  version: z.number().int().min(1),
  publishedAt: Instant,
  correction: z.boolean(),
  changeNote: z.string().nullable(),
});
export type PublicationEvent = z.infer<typeof PublicationEvent>;

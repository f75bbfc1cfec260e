import {
  Deliberation,
  Disclosure,
  IsoDate,
  MAX_TITLE_LENGTH,
  Meeting,
  Presenter,
  ReportKind,
  WebAddress,
} from "@gongkai/domain";
import { z } from "zod";
import { ReportEdit } from "../common.schema";

export const UpdateMetaInput = ReportEdit.extend({
  patch: z
    .object({
      title: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
      kind: ReportKind,
      year: z.number().int().min(1949).max(2100),
      meeting: Meeting.nullable(),
      presenter: Presenter.nullable(),
      deliveredOn: IsoDate.nullable(),
      deliberation: Deliberation.nullable(),
      disclosure: Disclosure.nullable(),
      sourceUrl: WebAddress.nullable(),
    })
    .partial()
    .strict(),
});

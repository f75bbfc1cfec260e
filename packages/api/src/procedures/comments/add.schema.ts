import { Id } from "@gongkai/domain";
import { z } from "zod";
import { ReportRef } from "../common.schema";

export const CommentBody = z.string().trim().min(1).max(5000);

export const AddCommentInput = ReportRef.extend({
  /** The section the comment is about; null for the report as a whole. */
  sectionId: Id.nullable(),
  body: CommentBody,
});

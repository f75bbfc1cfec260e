import { Id } from "@gongkai/domain";
import { ReportRef } from "../common.schema";
import { CommentBody } from "./add.schema";

export const ReplyInput = ReportRef.extend({ commentId: Id, body: CommentBody });

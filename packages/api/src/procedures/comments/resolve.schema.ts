import { Id } from "@gongkai/domain";
import { z } from "zod";
import { ReportRef } from "../common.schema";

export const ResolveInput = ReportRef.extend({ commentId: Id, resolved: z.boolean().default(true) });

import { z } from "zod";
import { ReportRef } from "../common.schema";

export const GetVersionInput = ReportRef.extend({ version: z.number().int().min(1) });

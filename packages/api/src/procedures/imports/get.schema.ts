import { Id } from "@gongkai/domain";
import { z } from "zod";

export const GetImportInput = z.object({ importId: Id });

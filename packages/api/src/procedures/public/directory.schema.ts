import { z } from "zod";

export const DirectoryInput = z.object({}).optional();

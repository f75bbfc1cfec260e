import { Id } from "@gongkai/domain";
import { z } from "zod";

export const UpdateUserInput = z.object({
  userId: Id,
  name: z.string().trim().min(1).max(80).optional(),
  email: z.string().trim().email().max(254).optional(),
  /** Disabling ends every session of the account at once. */
  disabled: z.boolean().optional(),
});

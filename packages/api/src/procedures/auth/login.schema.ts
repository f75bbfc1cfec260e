import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "../../auth/password";

export const LoginInput = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

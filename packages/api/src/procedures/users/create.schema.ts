import { RoleGrant } from "@gongkai/domain";
import { z } from "zod";
import { NewPassword } from "../auth/change-password.schema";

export const CreateUserInput = z.object({
  email: z.string().trim().email().max(254),
  name: z.string().trim().min(1).max(80),
  password: NewPassword,
  grants: z.array(RoleGrant).max(100).default([]),
});

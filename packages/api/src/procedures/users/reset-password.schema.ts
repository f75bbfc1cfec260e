import { Id } from "@gongkai/domain";
import { z } from "zod";
import { NewPassword } from "../auth/change-password.schema";

export const ResetPasswordInput = z.object({ userId: Id, password: NewPassword });

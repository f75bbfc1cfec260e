import { Id, RoleGrant } from "@gongkai/domain";
import { z } from "zod";

export const SetGrantsInput = z.object({ userId: Id, grants: z.array(RoleGrant).max(100) });

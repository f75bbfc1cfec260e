import { users } from "@gongkai/db";
import type { RoleGrant } from "@gongkai/domain";
import { asc } from "drizzle-orm";
import { grantsOf } from "../../auth/sessions";
import type { AccessContext } from "../../trpc";

export interface UserEntry {
  id: string;
  email: string;
  name: string;
  disabled: boolean;
  createdAt: string;
  grants: RoleGrant[];
}

/** Every account with its grants (never a password hash). */
export async function listUsersHandler({ ctx }: { ctx: AccessContext }): Promise<UserEntry[]> {
  const rows = await ctx.services.db.select().from(users).orderBy(asc(users.email)).limit(10_000);
  const out: UserEntry[] = [];
  for (const u of rows) {
    out.push({
      id: u.id,
      email: u.email,
      name: u.name,
      disabled: u.disabledAt !== null,
      createdAt: u.createdAt.toISOString(),
      grants: await grantsOf(ctx.services.db, u.id),
    });
  }
  return out;
}

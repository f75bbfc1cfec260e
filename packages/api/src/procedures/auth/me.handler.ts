import type { RoleGrant } from "@gongkai/domain";
import type { AccessContext } from "../../trpc";

/** Who is signed in, with their grants; `user` is null for the public. */
export async function meHandler({ ctx }: { ctx: AccessContext }): Promise<{
  user: { id: string; email: string; name: string } | null;
  grants: RoleGrant[];
}> {
  return { user: ctx.user, grants: ctx.actor.kind === "user" ? [...ctx.actor.grants] : [] };
}

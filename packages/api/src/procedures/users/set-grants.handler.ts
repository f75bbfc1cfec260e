import { users } from "@gongkai/db";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../audit";
import { grantsOf } from "../../auth/sessions";
import { AppError } from "../../errors";
import type { AccessContext } from "../../trpc";
import { replaceGrants } from "../../users";
import type { SetGrantsInput } from "./set-grants.schema";

/** Replaces an account's grants: admin, editor of townships, reviewer of a county. */
export async function setGrantsHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof SetGrantsInput>;
}) {
  return ctx.services.db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!user) throw new AppError("NOT_FOUND");
    const before = await grantsOf(tx, user.id);
    await replaceGrants(tx, user.id, input.grants);
    const after = await grantsOf(tx, user.id);
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "users.set_grants",
        entityType: "user",
        entityId: user.id,
        before,
        after,
      },
    );
    return { userId: user.id, grants: after };
  });
}

import { users } from "@gongkai/db";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../audit";
import { hashPassword } from "../../auth/password";
import { endSessionsOf } from "../../auth/sessions";
import { AppError } from "../../errors";
import type { AccessContext } from "../../trpc";
import type { ResetPasswordInput } from "./reset-password.schema";

/** Sets a new password for an account and ends all its sessions. */
export async function resetPasswordHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof ResetPasswordInput>;
}) {
  const passwordHash = await hashPassword(input.password);
  return ctx.services.db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!user) throw new AppError("NOT_FOUND");
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: ctx.services.now() })
      .where(eq(users.id, user.id));
    const endedSessions = await endSessionsOf(tx, user.id);
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "users.reset_password",
        entityType: "user",
        entityId: user.id,
        after: { endedSessions },
      },
    );
    return { userId: user.id, endedSessions };
  });
}

import { users } from "@gongkai/db";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../audit";
import { hashPassword, verifyPassword } from "../../auth/password";
import { endSessionsOf } from "../../auth/sessions";
import { AppError } from "../../errors";
import type { AccessContext } from "../../trpc";
import type { ChangePasswordInput } from "./change-password.schema";

export async function changePasswordHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof ChangePasswordInput>;
}): Promise<{ endedSessions: number }> {
  const userId = ctx.user?.id;
  if (!userId) throw new AppError("UNAUTHENTICATED");
  const [user] = await ctx.services.db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID_CREDENTIALS", {
      message: { zh: "当前密码不正确", en: "The current password is wrong" },
      fields: [{ path: "currentPassword", message: "wrong password" }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.services.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: ctx.services.now() })
      .where(eq(users.id, userId));
    const endedSessions = input.endOtherSessions
      ? await endSessionsOf(tx, userId, ctx.sessionId ?? undefined)
      : 0;
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "auth.change_password",
        entityType: "user",
        entityId: userId,
        after: { endedSessions },
      },
    );
    return { endedSessions };
  });
}

import { users } from "@gongkai/db";
import { and, eq, ne } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../audit";
import { normalizeEmail } from "../../auth/rate-limit";
import { endSessionsOf } from "../../auth/sessions";
import { AppError } from "../../errors";
import type { AccessContext } from "../../trpc";
import type { UpdateUserInput } from "./update.schema";

export async function updateUserHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof UpdateUserInput>;
}) {
  if (input.disabled && input.userId === ctx.user?.id) {
    throw new AppError("VALIDATION", {
      message: { zh: "不能停用自己的账号", en: "You cannot disable your own account" },
      fields: [{ path: "disabled", message: "your own account" }],
    });
  }
  return ctx.services.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for("update");
    if (!user) throw new AppError("NOT_FOUND");
    const email = input.email === undefined ? user.email : normalizeEmail(input.email);
    if (email !== user.email) {
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.email, email), ne(users.id, user.id)));
      if (taken)
        throw new AppError("DUPLICATE", {
          fields: [{ path: "email", message: "an account with this email exists" }],
        });
    }
    const disabledAt =
      input.disabled === undefined
        ? user.disabledAt
        : input.disabled
          ? (user.disabledAt ?? ctx.services.now())
          : null;
    await tx
      .update(users)
      .set({ name: input.name ?? user.name, email, disabledAt })
      .where(eq(users.id, user.id));
    const endedSessions = disabledAt ? await endSessionsOf(tx, user.id) : 0;
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "users.update",
        entityType: "user",
        entityId: user.id,
        before: { name: user.name, email: user.email, disabled: user.disabledAt !== null },
        after: { name: input.name ?? user.name, email, disabled: disabledAt !== null, endedSessions },
      },
    );
    return { id: user.id, email, name: input.name ?? user.name, disabled: disabledAt !== null };
  });
}

import { audit } from "../../audit";
import { endSessionsOf } from "../../auth/sessions";
import { AppError } from "../../errors";
import type { AccessContext } from "../../trpc";

/** Signs this account out everywhere but here. */
export async function endOtherSessionsHandler({
  ctx,
}: {
  ctx: AccessContext;
}): Promise<{ endedSessions: number }> {
  const userId = ctx.user?.id;
  if (!userId || !ctx.sessionId) throw new AppError("UNAUTHENTICATED");
  const sessionId = ctx.sessionId;
  return ctx.services.db.transaction(async (tx) => {
    const endedSessions = await endSessionsOf(tx, userId, sessionId);
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "auth.end_other_sessions",
        entityType: "user",
        entityId: userId,
        after: { endedSessions },
      },
    );
    return { endedSessions };
  });
}

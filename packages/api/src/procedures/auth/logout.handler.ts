import { audit } from "../../audit";
import { endSession } from "../../auth/sessions";
import type { AccessContext } from "../../trpc";

/** Ends this session; harmless when there is none. */
export async function logoutHandler({ ctx }: { ctx: AccessContext }): Promise<{ ok: true }> {
  const { sessionId, services } = ctx;
  if (sessionId) {
    await services.db.transaction(async (tx) => {
      await endSession(tx, sessionId);
      await audit(
        tx,
        { actor: ctx.actor, ip: ctx.request.ip },
        {
          action: "auth.logout",
          entityType: "user",
          entityId: ctx.user?.id ?? null,
        },
      );
    });
  }
  ctx.clearSessionCookie();
  return { ok: true };
}

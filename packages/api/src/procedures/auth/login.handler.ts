import { users } from "@gongkai/db";
import type { RoleGrant } from "@gongkai/domain";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { audit } from "../../audit";
import { decoyHash, verifyPassword } from "../../auth/password";
import { normalizeEmail } from "../../auth/rate-limit";
import { createSession, endSession, grantsOf } from "../../auth/sessions";
import { AppError } from "../../errors";
import type { AccessContext } from "../../trpc";
import type { LoginInput } from "./login.schema";

export interface SignedIn {
  user: { id: string; email: string; name: string };
  grants: RoleGrant[];
}

/**
 * Signs in: limited per client IP and per account (the normalised email), a wrong email costs as much time as a
 * wrong password, and a new session id is issued every time (any session the browser already had is ended).
 */
export async function loginHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof LoginInput>;
}): Promise<SignedIn> {
  const { services, request } = ctx;
  const now = services.now();
  const email = normalizeEmail(input.email);
  const ipKey = `ip:${request.ip ?? "unknown"}`;
  const accountKey = `account:${email}`;
  // Both limits count this attempt now, before the password is checked (see RateLimiter.take).
  const limits = services.loginLimits;
  const t = now.getTime();
  const wait = Math.max(limits.perIp.retryAfter(ipKey, t), limits.perAccount.retryAfter(accountKey, t));
  if (wait > 0) {
    throw new AppError("RATE_LIMITED", {
      message: {
        zh: `登录尝试次数过多，请 ${Math.ceil(wait / 60_000)} 分钟后再试`,
        en: `Too many sign-in attempts; try again in ${Math.ceil(wait / 60_000)} minutes`,
      },
      details: { retryAfterSeconds: Math.ceil(wait / 1000) },
    });
  }
  limits.perIp.take(ipKey, t);
  limits.perAccount.take(accountKey, t);
  const [user] = await services.db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !ok || user.disabledAt) {
    await audit(
      services.db,
      { actor: { kind: "anonymous" }, ip: request.ip },
      {
        action: "auth.login_failed",
        entityType: "user",
        entityId: user?.id ?? null,
        after: { email, reason: !user || !ok ? "credentials" : "disabled" },
      },
    );
    throw new AppError("INVALID_CREDENTIALS");
  }
  // A success costs neither limit anything: offices share one address.
  limits.perAccount.reset(accountKey);
  limits.perIp.refund(ipKey, t);
  const session = await services.db.transaction(async (tx) => {
    if (ctx.sessionId) await endSession(tx, ctx.sessionId);
    const created = await createSession(tx, user.id, now, services.sessions, request);
    await audit(
      tx,
      { actor: { kind: "user", userId: user.id, grants: [] }, ip: request.ip },
      {
        action: "auth.login",
        entityType: "user",
        entityId: user.id,
      },
    );
    return created;
  });
  ctx.setSessionCookie(session.token, session.expiresAt);
  return {
    user: { id: user.id, email: user.email, name: user.name },
    grants: await grantsOf(services.db, user.id),
  };
}

import type { Actor } from "@gongkai/domain";
import { SESSION_COOKIE, sessionCookie } from "./auth/cookie";
import { resolveSession } from "./auth/sessions";
import type { Services } from "./services";
import { trpcErrorOf } from "./trpc";
import { toAppError } from "./unexpected";

/** What the HTTP layer knows of a request. */
export interface RequestInfo {
  /** The client's address as the server sees it (from a proxy header only when the proxy is trusted). */
  ip: string | null;
  userAgent: string | null;
  sessionToken: string | null;
  /** Whether the request came over HTTPS, so the session cookie is marked Secure. */
  secure: boolean;
  /** Headers of the response, for Set-Cookie. */
  responseHeaders: Headers;
}

export interface Context {
  services: Services;
  actor: Actor;
  user: { id: string; email: string; name: string } | null;
  sessionId: string | null;
  request: RequestInfo;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/**
 * Resolves the signed-in user of a request, if any; an invalid or expired session reads as anonymous. A store
 * that cannot be reached fails the call as UNAVAILABLE (503), as it would inside a procedure, not as a 500.
 */
export async function createContext(services: Services, request: RequestInfo): Promise<Context> {
  let session: Awaited<ReturnType<typeof resolveSession>> = null;
  try {
    session = request.sessionToken
      ? await resolveSession(services.db, request.sessionToken, services.now(), services.sessions)
      : null;
  } catch (e) {
    const app = toAppError(e);
    const log = app.code === "UNAVAILABLE" ? services.logger.warn : services.logger.error;
    log("session lookup failed", { code: app.code, error: String((e as Error).message ?? e) });
    throw trpcErrorOf(app);
  }
  const ctx: Context = {
    services,
    actor: session
      ? { kind: "user", userId: session.user.id, grants: session.grants }
      : { kind: "anonymous" },
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    request,
    setSessionCookie: (token, expiresAt) =>
      request.responseHeaders.append("set-cookie", sessionCookie(token, expiresAt, request.secure)),
    clearSessionCookie: () =>
      request.responseHeaders.append("set-cookie", sessionCookie("", null, request.secure)),
  };
  // A cookie that no longer opens a session is cleared, so the browser stops sending it.
  if (request.sessionToken && !session) ctx.clearSessionCookie();
  return ctx;
}

export { SESSION_COOKIE };

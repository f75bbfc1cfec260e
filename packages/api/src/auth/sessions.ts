import { createHash, randomBytes } from "node:crypto";
import { type Database, type Executor, roleGrants, sessions, users } from "@gongkai/db";
import type { RoleGrant } from "@gongkai/domain";
import { and, eq, ne } from "drizzle-orm";

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  maxHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 120, maxHours: 12 };

/** How often a session's last use is written: once a minute is enough for an idle timeout in minutes. */
const TOUCH_EVERY_MS = 60_000;

/** Sessions are stored by the SHA-256 of their token: the token itself is only ever in the cookie. */
export const sessionIdOf = (token: string): string => createHash("sha256").update(token).digest("hex");

export async function createSession(
  db: Executor,
  userId: string,
  now: Date,
  policy: SessionPolicy,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const id = sessionIdOf(token);
  const expiresAt = new Date(now.getTime() + policy.maxHours * 3_600_000);
  await db.insert(sessions).values({
    id,
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, id, expiresAt };
}

export interface SessionUser {
  sessionId: string;
  user: { id: string; email: string; name: string };
  grants: RoleGrant[];
}

/** The grants of a user in the domain's shape: an editor's townships gathered in one grant. */
export async function grantsOf(db: Executor, userId: string): Promise<RoleGrant[]> {
  const rows = await db.select().from(roleGrants).where(eq(roleGrants.userId, userId)).orderBy(roleGrants.id);
  const grants: RoleGrant[] = [];
  const townships: string[] = [];
  for (const r of rows) {
    if (r.role === "admin") grants.push({ role: "admin" });
    else if (r.role === "reviewer" && r.countyId) grants.push({ role: "reviewer", countyId: r.countyId });
    else if (r.role === "editor" && r.townshipId) townships.push(r.townshipId);
  }
  if (townships.length) grants.push({ role: "editor", townshipIds: townships });
  return grants;
}

/** The signed-in user of a session token, or null when the session is unknown, expired, idle or disabled. */
export async function resolveSession(
  db: Database,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const id = sessionIdOf(token);
  const [row] = await db
    .select({
      session: sessions,
      user: { id: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const idleUntil = row.session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (row.user.disabledAt || row.session.expiresAt <= now || idleUntil <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return {
    sessionId: id,
    user: { id: row.user.id, email: row.user.email, name: row.user.name },
    grants: await grantsOf(db, row.user.id),
  };
}

export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, or every one but `except` (after a password change). */
export async function endSessionsOf(db: Executor, userId: string, except?: string): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(except ? and(eq(sessions.userId, userId), ne(sessions.id, except)) : eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return ended.length;
}

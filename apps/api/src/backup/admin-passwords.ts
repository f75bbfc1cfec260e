import { randomBytes } from "node:crypto";
import { hashPassword, normalizeEmail } from "@gongkai/api";
import { auditLog, type Database, roleGrants, users } from "@gongkai/db";
import { and, eq, isNull } from "drizzle-orm";

/**
 * After a restore from an archive without password hashes nobody could sign in: every active administrator
 * gets a new password (ADMIN_PASSWORD for the account of ADMIN_EMAIL, generated for the others), to be shown
 * once; the administrators then set passwords for the other accounts under 用户. Audited as the system.
 */
export async function newAdminPasswords(
  db: Database,
  admin: { email: string; password: string | null } | null,
  now: Date,
): Promise<Array<{ email: string; password: string; generated: boolean }>> {
  const admins = await db
    .selectDistinct({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(and(eq(roleGrants.role, "admin"), isNull(users.disabledAt)))
    .orderBy(users.email);
  const given = admin?.password ? normalizeEmail(admin.email) : null;
  const out: Array<{ email: string; password: string; generated: boolean }> = [];
  for (const a of admins) {
    const generated = a.email !== given;
    const password = generated ? randomBytes(12).toString("base64url") : (admin?.password as string);
    const passwordHash = await hashPassword(password);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, a.id));
      await tx.insert(auditLog).values({
        at: now,
        actorKind: "system",
        action: "users.password_set_after_restore",
        entityType: "user",
        entityId: a.id,
        after: { email: a.email, passwordFrom: generated ? "generated" : "ADMIN_PASSWORD" },
      });
    });
    out.push({ email: a.email, password, generated });
  }
  return out;
}

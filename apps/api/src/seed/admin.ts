import { randomBytes } from "node:crypto";
import { createUser, type Logger, normalizeEmail, type Services } from "@gongkai/api";
import { roleGrants, users } from "@gongkai/db";
import { eq } from "drizzle-orm";

export const DEFAULT_ADMIN_EMAIL = "admin@gongkai.local";

/**
 * Makes sure someone can sign in to administer: the account of ADMIN_EMAIL (with ADMIN_PASSWORD, or a generated
 * password), or, with neither set, a first admin when there is none. A generated password is printed once, on
 * the run that created the account; it is stored only as an argon2id hash.
 */
export async function ensureAdmin(
  services: Services,
  admin: { email: string; password: string | null } | null,
  logger: Logger,
  print: (text: string) => void = (t) => process.stdout.write(t),
): Promise<{ created: boolean; email: string }> {
  const db = services.db;
  if (admin) {
    const email = normalizeEmail(admin.email);
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) return { created: false, email };
  } else {
    const [anyAdmin] = await db
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(eq(roleGrants.role, "admin"))
      .limit(1);
    if (anyAdmin) return { created: false, email: "" };
  }
  const email = normalizeEmail(admin?.email ?? DEFAULT_ADMIN_EMAIL);
  const generated = !admin?.password;
  const password = admin?.password ?? randomBytes(12).toString("base64url");
  await db.transaction((tx) =>
    createUser(tx, { email, name: "管理员", password, grants: [{ role: "admin" }] }, services.now()),
  );
  logger.info("admin account created", { email, passwordFrom: generated ? "generated" : "ADMIN_PASSWORD" });
  if (generated) {
    print(
      [
        "",
        "  ┌──────────────────────────────────────────────────────────────",
        "  │ 管理员账号已创建 / admin account created (shown only this once)",
        `  │   email:    ${email}`,
        `  │   password: ${password}`,
        "  │ 请登录后修改密码 / change the password after signing in",
        "  └──────────────────────────────────────────────────────────────",
        "",
      ].join("\n"),
    );
  }
  return { created: true, email };
}

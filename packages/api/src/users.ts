import { type Executor, places, roleGrants, users } from "@gongkai/db";
import type { RoleGrant } from "@gongkai/domain";
import { eq, inArray } from "drizzle-orm";
import { hashPassword } from "./auth/password";
import { normalizeEmail } from "./auth/rate-limit";
import { AppError } from "./errors";
import { newId } from "./ids";

/** Grants as rows: an editor's townships one row each. Checks that each place exists at the right level. */
export async function replaceGrants(
  tx: Executor,
  userId: string,
  grants: readonly RoleGrant[],
): Promise<void> {
  const townships = grants.flatMap((g) => (g.role === "editor" ? g.townshipIds : []));
  const counties = grants.flatMap((g) => (g.role === "reviewer" ? [g.countyId] : []));
  const ids = [...new Set([...townships, ...counties])];
  const found = ids.length ? await tx.select().from(places).where(inArray(places.id, ids)) : [];
  const level = new Map(found.map((p) => [p.id, p.level]));
  townships.forEach((id, i) => {
    if (level.get(id) !== "township") {
      throw new AppError("VALIDATION", {
        fields: [{ path: `grants.townshipIds[${i}]`, message: `${id} is not a township` }],
      });
    }
  });
  counties.forEach((id, i) => {
    if (level.get(id) !== "county") {
      throw new AppError("VALIDATION", {
        fields: [{ path: `grants.countyId[${i}]`, message: `${id} is not a county` }],
      });
    }
  });
  await tx.delete(roleGrants).where(eq(roleGrants.userId, userId));
  const rows = grants.flatMap((g): (typeof roleGrants.$inferInsert)[] =>
    g.role === "admin"
      ? [{ userId, role: "admin" }]
      : g.role === "reviewer"
        ? [{ userId, role: "reviewer", countyId: g.countyId }]
        : [...new Set(g.townshipIds)].map((townshipId) => ({ userId, role: "editor", townshipId })),
  );
  if (rows.length) await tx.insert(roleGrants).values(rows);
}

/** Creates an account with its grants; the email is stored normalised and must be unused. */
export async function createUser(
  tx: Executor,
  input: { email: string; name: string; password: string; grants: readonly RoleGrant[]; id?: string },
  now: Date,
): Promise<{ id: string; email: string; name: string }> {
  const email = normalizeEmail(input.email);
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken)
    throw new AppError("DUPLICATE", {
      fields: [{ path: "email", message: "an account with this email exists" }],
    });
  const id = input.id ?? newId("usr");
  await tx.insert(users).values({
    id,
    email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    createdAt: now,
    passwordChangedAt: now,
  });
  await replaceGrants(tx, id, input.grants);
  return { id, email, name: input.name };
}

import type { z } from "zod";
import { audit } from "../../audit";
import type { AccessContext } from "../../trpc";
import { createUser } from "../../users";
import type { CreateUserInput } from "./create.schema";

export async function createUserHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof CreateUserInput>;
}) {
  return ctx.services.db.transaction(async (tx) => {
    const user = await createUser(tx, input, ctx.services.now());
    await audit(
      tx,
      { actor: ctx.actor, ip: ctx.request.ip },
      {
        action: "users.create",
        entityType: "user",
        entityId: user.id,
        after: { ...user, grants: input.grants },
      },
    );
    return user;
  });
}

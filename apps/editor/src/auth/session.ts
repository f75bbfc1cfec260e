import type { RoleGrant } from "@gongkai/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../lib/trpc";

/** What the signed-in user may do, from their grants. */
export interface Abilities {
  admin: boolean;
  /** Townships the user edits (every township for an admin is decided by the caller with the places list). */
  editorOf: string[];
  reviewerOf: string[];
}

export function abilities(grants: readonly RoleGrant[]): Abilities {
  return {
    admin: grants.some((g) => g.role === "admin"),
    editorOf: grants.flatMap((g) => (g.role === "editor" ? g.townshipIds : [])),
    reviewerOf: grants.flatMap((g) => (g.role === "reviewer" ? [g.countyId] : [])),
  };
}

/** Who is signed in; `data.user` is null when nobody is. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
}

/** The signed-in user's abilities (none while loading or signed out). */
export function useAbilities(): Abilities {
  const me = useMe();
  return abilities(me.data?.grants ?? []);
}

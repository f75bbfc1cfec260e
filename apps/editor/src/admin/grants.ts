import type { RoleGrant } from "@gongkai/domain";

/** Grants as the admin screen edits them: a flag, a set of townships, a set of counties. */
export interface GrantChoice {
  admin: boolean;
  townshipIds: string[];
  countyIds: string[];
}

export function choiceOf(grants: readonly RoleGrant[]): GrantChoice {
  return {
    admin: grants.some((g) => g.role === "admin"),
    townshipIds: [...new Set(grants.flatMap((g) => (g.role === "editor" ? g.townshipIds : [])))],
    countyIds: [...new Set(grants.flatMap((g) => (g.role === "reviewer" ? [g.countyId] : [])))],
  };
}

/** The grants to store: one editor grant for all chosen townships, one reviewer grant per county. */
export function grantsOf(choice: GrantChoice): RoleGrant[] {
  return [
    ...(choice.admin ? [{ role: "admin" as const }] : []),
    ...(choice.townshipIds.length ? [{ role: "editor" as const, townshipIds: choice.townshipIds }] : []),
    ...choice.countyIds.map((countyId) => ({ role: "reviewer" as const, countyId })),
  ];
}

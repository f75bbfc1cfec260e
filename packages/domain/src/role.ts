import { z } from "zod";
import { Id } from "./text";

/** The roles a user can be granted. */
export const RoleName = z.enum(["admin", "editor", "reviewer"]);
export type RoleName = z.infer<typeof RoleName>;

/** A grant of rights: an admin, an editor of some townships, or a reviewer of a county's townships. */
export const RoleGrant = z.discriminatedUnion("role", [
  z.object({ role: z.literal(RoleName.enum.admin) }),
  z.object({ role: z.literal(RoleName.enum.editor), townshipIds: z.array(Id).min(1) }),
  z.object({ role: z.literal(RoleName.enum.reviewer), countyId: Id }),
]);
export type RoleGrant = z.infer<typeof RoleGrant>;

/** Kinds of actor: the public, a signed-in user, the system (the scheduler publishing on time). */
export const ActorKind = z.enum(["user", "system", "anonymous"]);
export type ActorKind = z.infer<typeof ActorKind>;

/** Who is acting: a signed-in user with grants, the public, or the scheduler publishing on time. */
export type Actor =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; grants: readonly RoleGrant[] }
  | { kind: "system" };

/** Where a report sits: its township and that township's county. */
export interface ReportPlace {
  townshipId: string;
  countyId: string;
}

export const isAdmin = (actor: Actor): boolean =>
  actor.kind === "user" && actor.grants.some((g) => g.role === "admin");

/** Editor of the report's township. */
export const editsTownship = (actor: Actor, place: ReportPlace): boolean =>
  actor.kind === "user" &&
  actor.grants.some((g) => g.role === "editor" && g.townshipIds.includes(place.townshipId));

/** Reviewer of the county the report's township belongs to. */
export const reviewsCounty = (actor: Actor, place: ReportPlace): boolean =>
  actor.kind === "user" && actor.grants.some((g) => g.role === "reviewer" && g.countyId === place.countyId);

/** Whether the actor may see a report's unpublished drafts. */
export const canSeeDrafts = (actor: Actor, place: ReportPlace): boolean =>
  isAdmin(actor) || editsTownship(actor, place) || reviewsCounty(actor, place);

/** Whether the actor may change a report's text, sections and figures. */
export const canEdit = (actor: Actor, place: ReportPlace): boolean =>
  isAdmin(actor) || editsTownship(actor, place);

/** Whether the actor may comment on a report under review. */
export const canComment = (actor: Actor, place: ReportPlace): boolean => canSeeDrafts(actor, place);

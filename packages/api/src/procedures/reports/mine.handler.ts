import { reports, reportVersions, scheduledPublications } from "@gongkai/db";
import {
  availableEvents,
  isAdmin,
  type ReportKind,
  type WorkflowEventType,
  type WorkflowState,
} from "@gongkai/domain";
import { and, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { placesById } from "../../reports/summaries";
import type { AccessContext } from "../../trpc";
import type { MineInput } from "./mine.schema";

export interface DashboardReport {
  id: string;
  title: string;
  townshipId: string;
  township: string;
  countyId: string;
  year: number;
  kind: ReportKind;
  state: WorkflowState;
  version: number;
  publishedVersion: number | null;
  scheduledAt: string | null;
  updatedAt: string;
  availableEvents: WorkflowEventType[];
  /** Whether the next step is this user's: a draft for its editor, a submission for its reviewer. */
  needsMyAction: boolean;
}

/** The reports the user works on (its townships' as editor, its county's as reviewer), what needs it first. */
export async function mineHandler({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: z.output<typeof MineInput>;
}): Promise<DashboardReport[]> {
  const actor = ctx.actor;
  if (actor.kind !== "user") return [];
  const scope: SQL[] = [];
  if (!isAdmin(actor)) {
    const townships = actor.grants.flatMap((g) => (g.role === "editor" ? g.townshipIds : []));
    const counties = actor.grants.flatMap((g) => (g.role === "reviewer" ? [g.countyId] : []));
    if (townships.length) scope.push(inArray(reports.townshipId, townships));
    if (counties.length) scope.push(inArray(reports.countyId, counties));
    if (!scope.length) return [];
  }
  const where = and(
    scope.length ? or(...scope) : undefined,
    input?.state ? eq(reports.state, input.state) : undefined,
  );
  const rows = await ctx.services.db
    .select({
      report: reports,
      scheduledAt: scheduledPublications.dueAt,
      // The working copy's title, kind and year: during a correction the row holds the published ones.
      working: sql<{ title: string; kind: string; year: number } | null>`jsonb_build_object(
        'title', ${reportVersions.content}->>'title',
        'kind', ${reportVersions.content}->>'kind',
        'year', (${reportVersions.content}->>'year')::int)`,
    })
    .from(reports)
    .leftJoin(scheduledPublications, eq(scheduledPublications.reportId, reports.id))
    .leftJoin(
      reportVersions,
      and(eq(reportVersions.reportId, reports.id), eq(reportVersions.number, reports.headVersion)),
    )
    .where(where)
    .orderBy(desc(reports.updatedAt))
    .limit(1000);
  const names = await placesById(
    ctx.services.db,
    rows.map((r) => r.report.townshipId),
  );
  return rows
    .map(({ report: r, scheduledAt, working }) => {
      const events = availableEvents(
        {
          state: r.state,
          place: { townshipId: r.townshipId, countyId: r.countyId },
          hasPublishedVersion: r.hasPublishedVersion,
          scheduledAt: scheduledAt?.toISOString() ?? null,
        },
        actor,
      );
      return {
        id: r.id,
        title: working?.title ?? r.title,
        townshipId: r.townshipId,
        township: names.get(r.townshipId)?.name ?? "",
        countyId: r.countyId,
        year: working?.year ?? r.year,
        kind: (working?.kind ?? r.kind) as ReportKind,
        state: r.state,
        version: r.headVersion,
        publishedVersion: r.publishedVersion,
        scheduledAt: scheduledAt?.toISOString() ?? null,
        updatedAt: r.updatedAt.toISOString(),
        availableEvents: events,
        needsMyAction: events.some(
          (e) => e === "submit" || e === "approve" || e === "publish" || e === "schedule",
        ),
      };
    })
    .sort((a, b) => Number(b.needsMyAction) - Number(a.needsMyAction));
}

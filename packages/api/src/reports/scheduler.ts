import { scheduledPublications } from "@gongkai/db";
import { asc, lte } from "drizzle-orm";
import { AppError } from "../errors";
import type { Services } from "../services";
import { applyWorkflowEvent } from "./workflow";

/**
 * Publishes every scheduled publication whose time has come, as the system actor. Run at start-up (so a
 * publication missed while the server was down happens then, with a log line) and then on a timer.
 */
export async function publishDue(services: Services, options: { startup?: boolean } = {}): Promise<string[]> {
  const now = services.now();
  const due = await services.db
    .select()
    .from(scheduledPublications)
    .where(lte(scheduledPublications.dueAt, now))
    .orderBy(asc(scheduledPublications.dueAt))
    .limit(100);
  const published: string[] = [];
  for (const d of due) {
    try {
      await applyWorkflowEvent(
        services,
        { actor: { kind: "system" } },
        { reportId: d.reportId, baseVersion: null, event: { type: "publish_due" } },
      );
      published.push(d.reportId);
      const late = now.getTime() - d.dueAt.getTime();
      services.logger.info(
        options.startup
          ? "published a scheduled publication missed while the server was down"
          : "published on schedule",
        { reportId: d.reportId, dueAt: d.dueAt.toISOString(), lateSeconds: Math.round(late / 1000) },
      );
    } catch (e) {
      services.logger.error("scheduled publication failed", {
        reportId: d.reportId,
        error: e instanceof AppError ? e.code : String(e),
      });
    }
  }
  return published;
}

/** Looks for due publications now and every `intervalMs` (default 15 s); returns a stop function. */
export function startScheduler(
  services: Services,
  intervalMs = 15_000,
): { stop(): void; ready: Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const tick = async (startup: boolean) => {
    try {
      await publishDue(services, { startup });
    } catch (e) {
      services.logger.error("scheduler tick failed", { error: String(e) });
    }
    if (!stopped) {
      timer = setTimeout(() => void tick(false), intervalMs);
      timer.unref();
    }
  };
  const ready = tick(true);
  return {
    ready,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

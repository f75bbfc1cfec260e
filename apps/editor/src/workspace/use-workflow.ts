import type { WorkflowEvent } from "@gongkai/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { LocalError } from "../lib/app-error";
import { useTRPC, useTRPCClient } from "../lib/trpc";
import { useSession } from "./report-session";

/**
 * Takes a workflow step on the report as the editor sees it: unsaved words are saved first, the step names the
 * version it was taken on (a report changed meanwhile is refused, not submitted unseen), and everything that
 * depends on the state is fetched again.
 */
export function useWorkflow() {
  const session = useSession();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<WorkflowEvent["type"] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (event: WorkflowEvent): Promise<boolean> => {
      setPending(event.type);
      setError(null);
      try {
        if (!(await session.flush())) throw new UnsavedWorkError();
        await client.workflow.transition.mutate({
          reportId: session.reportId,
          baseVersion: session.working.version,
          event,
        });
        return true;
      } catch (e) {
        setError(e);
        return false;
      } finally {
        await session.refresh().catch(() => undefined);
        const reportId = session.reportId;
        for (const key of [
          trpc.comments.list.queryKey({ reportId }),
          trpc.checks.run.queryKey({ reportId }),
          trpc.versions.list.queryKey({ reportId }),
          trpc.reports.mine.queryKey(),
        ])
          void queryClient.invalidateQueries({ queryKey: key });
        setPending(null);
      }
    },
    [session, client, trpc, queryClient],
  );
  return { run, pending, error, clearError: () => setError(null) };
}

/** A step is not taken while typed words could not be saved first (a conflict waits for a merge). */
export class UnsavedWorkError extends LocalError {
  constructor() {
    super({
      zh: "还有未保存的修改（可能有待合并的冲突），请先处理后再操作",
      en: "Some changes are not saved yet (a conflict may need merging); settle them first",
    });
  }
}

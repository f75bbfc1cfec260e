import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "wouter";
import { useMe } from "../auth/session";
import { ChecksPanel } from "../checks/checks-panel";
import { ConflictDialog } from "../conflicts/conflict-dialog";
import { DetailsTab } from "../details/details-tab";
import { HistoryTab } from "../history/history-tab";
import { useI18n } from "../i18n/i18n";
import { IndicatorsTab } from "../indicators/indicators-tab";
import { NotFound } from "../layout/not-found";
import { usePageTitle } from "../layout/page-title";
import { appError } from "../lib/app-error";
import { useTRPC } from "../lib/trpc";
import { ReviewTab } from "../review/review-tab";
import { SectionsTab } from "../sections/sections-tab";
import { ErrorMessage } from "../ui/error-message";
import { Loading } from "../ui/loading";
import { ReportSessionProvider, useSession } from "./report-session";
import { WorkspaceHeader } from "./workspace-header";

export const TABS = ["edit", "indicators", "checks", "review", "history", "details"] as const;
export type Tab = (typeof TABS)[number];

/** One report: write it, check it, review it, see its history. Each tab has its own address. */
export function ReportWorkspace() {
  const { reportId = "", tab } = useParams<{ reportId: string; tab?: string }>();
  const { t } = useI18n();
  const trpc = useTRPC();
  const me = useMe();
  const query = useQuery(trpc.reports.get.queryOptions({ reportId }));
  usePageTitle(query.data?.report.title ?? null);
  if (query.isPending || !me.data?.user) return <Loading />;
  if (query.isError) {
    // A draft of another township is "not found": whether it exists is not disclosed.
    if (appError(query.error).code === "NOT_FOUND") return <NotFound message={t("reportNotFound")} />;
    return <ErrorMessage error={query.error} />;
  }
  const current = (TABS as readonly string[]).includes(tab ?? "") ? (tab as Tab) : null;
  return (
    <ReportSessionProvider key={reportId} userId={me.data.user.id} initial={query.data}>
      <Workspace tab={current ?? (query.data.canEdit || query.data.state === "draft" ? "edit" : "review")} />
    </ReportSessionProvider>
  );
}

function Workspace({ tab }: { tab: Tab }) {
  const { t } = useI18n();
  const { reportId } = useSession();
  const label: Record<Tab, string> = {
    edit: t("tabEdit"),
    indicators: t("tabIndicators"),
    checks: t("tabChecks"),
    review: t("tabReview"),
    history: t("tabHistory"),
    details: t("tabDetails"),
  };
  return (
    <div className="workspace">
      <WorkspaceHeader />
      <nav className="tabs" aria-label={t("reportSections")}>
        <ul>
          {TABS.map((k) => (
            <li key={k}>
              <Link href={`/reports/${reportId}/${k}`} aria-current={k === tab ? "page" : undefined}>
                {label[k]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="tab-body">
        {tab === "edit" ? <SectionsTab /> : null}
        {tab === "indicators" ? <IndicatorsTab /> : null}
        {tab === "checks" ? <ChecksPanel standalone /> : null}
        {tab === "review" ? <ReviewTab /> : null}
        {tab === "history" ? <HistoryTab /> : null}
        {tab === "details" ? <DetailsTab /> : null}
      </div>
      <ConflictDialog />
    </div>
  );
}

import { REPORT_KIND_LABELS, WORKFLOW_STATE_LABELS } from "@gongkai/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useAbilities } from "../auth/session";
import { useI18n } from "../i18n/i18n";
import { usePageTitle } from "../layout/page-title";
import { formatDateTime } from "../lib/time";
import { useTRPC } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";
import { Loading } from "../ui/loading";
import { StateBadge } from "../ui/state-badge";
import { type DashboardReport, groupReports } from "./group-reports";

/** The user's reports: what needs them first, then everything by state. */
export function DashboardPage() {
  const { t, l } = useI18n();
  const trpc = useTRPC();
  const can = useAbilities();
  usePageTitle(t("dashboardTitle"));
  const mine = useQuery({ ...trpc.reports.mine.queryOptions(), refetchInterval: 30_000 });
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <ErrorMessage error={mine.error} />;
  const groups = groupReports(mine.data);
  const canWrite = can.admin || can.editorOf.length > 0;
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("dashboardTitle")}</h1>
        {canWrite ? (
          <div className="actions">
            <Link href="/new" className="button button-primary">
              {t("newReport")}
            </Link>
            <Link href="/import" className="button">
              {t("importReport")}
            </Link>
          </div>
        ) : null}
      </div>
      <section aria-labelledby="needs-action" className="group group-action">
        <h2 id="needs-action">
          {t("needsYourAction")} <span className="count">{groups.mine.length}</span>
        </h2>
        {groups.mine.length ? (
          <ReportTable reports={groups.mine} showState />
        ) : (
          <p className="muted">{t("nothingNeedsYou")}</p>
        )}
      </section>
      {groups.byState.map((g) => (
        <section key={g.state} aria-labelledby={`state-${g.state}`} className="group">
          <h2 id={`state-${g.state}`}>
            {l(WORKFLOW_STATE_LABELS[g.state])} <span className="count">{g.reports.length}</span>
          </h2>
          <ReportTable reports={g.reports} />
        </section>
      ))}
      {mine.data.length === 0 ? (
        <p className="muted">{canWrite ? t("noReportsYet") : t("noReportsToReview")}</p>
      ) : null}
    </section>
  );
}

function ReportTable({ reports, showState }: { reports: DashboardReport[]; showState?: boolean }) {
  const { t, l, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t("colTitle")}</th>
            <th scope="col">{t("colTownship")}</th>
            <th scope="col">{t("colYear")}</th>
            <th scope="col">{t("colKind")}</th>
            {showState ? <th scope="col">{t("colState")}</th> : null}
            <th scope="col">{t("colUpdated")}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} className={r.needsMyAction ? "needs-action" : ""}>
              <td>
                <Link href={reportHref(r)}>{r.title}</Link>
                {r.scheduledAt ? (
                  <small className="block">
                    {t("scheduledFor", { at: formatDateTime(r.scheduledAt, lang) })}
                  </small>
                ) : null}
              </td>
              <td>{r.township}</td>
              <td>{r.year}</td>
              <td>{l(REPORT_KIND_LABELS[r.kind])}</td>
              {showState ? (
                <td>
                  <StateBadge state={r.state} />
                </td>
              ) : null}
              <td>{formatDateTime(r.updatedAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const REVIEW_STEPS = new Set(["approve", "reject", "publish", "schedule", "unschedule", "withdraw"]);

/** A report the user reviews opens on its review tab; one the user writes, on its text. */
function reportHref(r: DashboardReport): string {
  return r.availableEvents.some((e) => REVIEW_STEPS.has(e)) ? `/reports/${r.id}/review` : `/reports/${r.id}`;
}

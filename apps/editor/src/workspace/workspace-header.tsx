import { REPORT_KIND_LABELS } from "@gongkai/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { useI18n } from "../i18n/i18n";
import { formatDateTime } from "../lib/time";
import { useTRPC } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";
import { StateBadge } from "../ui/state-badge";
import { useSession } from "./report-session";
import { SaveStatusLine } from "./save-status";
import { useWorkflow } from "./use-workflow";

/** The report's name and where it stands, how saving goes, and the editor's next step (submit, recall). */
export function WorkspaceHeader() {
  const { t, l, lang } = useI18n();
  const trpc = useTRPC();
  const { working, reportId } = useSession();
  const checks = useQuery(trpc.checks.run.queryOptions({ reportId }));
  const workflow = useWorkflow();
  const r = working.report;
  const blocking = checks.data?.blocking ?? 0;
  const canSubmit = working.availableEvents.includes("submit");
  return (
    <header className="workspace-head">
      <div className="workspace-title">
        <p className="crumbs">
          <Link href="/">{t("navReports")}</Link> / {working.township?.name ?? ""}
          {working.county ? `（${working.county.name}）` : ""}
        </p>
        <h1 lang="zh-CN">{r.title}</h1>
        <p className="meta-line">
          <StateBadge state={working.state} /> {r.year} · {l(REPORT_KIND_LABELS[r.kind])} ·{" "}
          {t("versionN", { n: working.version })}
          {working.publishedVersion ? ` · ${t("publishedVersionN", { n: working.publishedVersion })}` : ""}
          {working.scheduledAt
            ? ` · ${t("scheduledFor", { at: formatDateTime(working.scheduledAt, lang) })}`
            : ""}
        </p>
        <SaveStatusLine />
      </div>
      <div className="actions">
        <a
          className="button"
          href={`/editor/preview.html?report=${encodeURIComponent(reportId)}&lang=${lang}`}
          target="_blank"
          rel="noopener"
        >
          {t("preview")}
        </a>
        {canSubmit ? (
          <button
            type="button"
            className="button-primary"
            disabled={workflow.pending !== null || blocking > 0}
            aria-describedby={blocking > 0 ? "submit-blocked" : undefined}
            onClick={() => void workflow.run({ type: "submit" })}
          >
            {t("submitForReview")}
          </button>
        ) : null}
        {working.availableEvents.includes("recall") ? (
          <button
            type="button"
            disabled={workflow.pending !== null}
            onClick={() => void workflow.run({ type: "recall" })}
          >
            {t("recall")}
          </button>
        ) : null}
        {working.availableEvents.includes("start_correction") ? (
          <button
            type="button"
            disabled={workflow.pending !== null}
            onClick={() => void workflow.run({ type: "start_correction" })}
          >
            {t("startCorrection")}
          </button>
        ) : null}
      </div>
      {canSubmit && blocking > 0 ? (
        <p id="submit-blocked" className="notice notice-warn">
          {t("submitBlocked", { n: blocking })}{" "}
          <Link href={`/reports/${reportId}/checks`}>{t("seeChecks")}</Link>
        </p>
      ) : null}
      <ErrorMessage error={workflow.error} />
    </header>
  );
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation } from "wouter";
import { useI18n } from "../i18n/i18n";
import { type Finding, useTRPC } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";
import { useSession } from "../workspace/report-session";

/**
 * The domain's checks on the saved working copy, run again after every save: errors must be fixed before
 * submission, warnings need an acknowledgement (recorded with who, when and a note). Choosing a finding goes to
 * the words it is about.
 */
export function ChecksPanel({ standalone }: { standalone?: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const session = useSession();
  const { reportId, working, status } = session;
  const checks = useQuery(trpc.checks.run.queryOptions({ reportId }));
  const [, navigate] = useLocation();
  const findings = checks.data?.findings ?? [];
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning");
  const open = warnings.filter((f) => !f.acknowledged).length;

  const jump = (f: Finding) => {
    const loc = f.location;
    if (loc.field === "observation") {
      navigate(`/reports/${reportId}/indicators`);
      session.requestFocus({ sectionId: null, field: "observation", observationId: loc.observationId });
    } else if (loc.field === "title" || loc.field === "report") {
      navigate(`/reports/${reportId}/${loc.field === "title" ? "details" : "edit"}`);
      session.requestFocus({ sectionId: loc.sectionId, field: loc.field === "title" ? "title" : "report" });
    } else {
      navigate(`/reports/${reportId}/edit`);
      session.requestFocus({
        sectionId: loc.sectionId,
        field: loc.field,
        start: loc.start,
        end: loc.end,
        excerpt: f.excerpt,
      });
    }
  };

  const Heading = standalone ? "h1" : "h2";
  return (
    <section className="checks-panel">
      <Heading id="checks-head">{t("checksTitle")}</Heading>
      {checks.isError ? <ErrorMessage error={checks.error} /> : null}
      <p className="checks-summary" role="status" aria-live="polite">
        {checks.isPending
          ? t("loading")
          : findings.length === 0
            ? t("checksAllClear")
            : t("checksSummary", { errors: errors.length, warnings: open })}
        {checks.data && checks.data.version !== working.version ? ` ${t("checksStale")}` : ""}
        {status === "pending" || status === "saving" ? ` ${t("checksAfterSave")}` : ""}
      </p>
      {errors.length ? (
        <>
          <h3 className="severity-error">{t("errorsMustFix", { n: errors.length })}</h3>
          <ul className="findings">
            {errors.map((f) => (
              <FindingItem key={f.key} finding={f} onJump={() => jump(f)} />
            ))}
          </ul>
        </>
      ) : null}
      {warnings.length ? (
        <>
          <h3 className="severity-warning">{t("warningsToAcknowledge", { n: warnings.length })}</h3>
          <ul className="findings">
            {warnings.map((f) => (
              <FindingItem key={f.key} finding={f} onJump={() => jump(f)} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function FindingItem({ finding, onJump }: { finding: Finding; onJump(): void }) {
  const { t, l } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { reportId, working } = useSession();
  const section = working.report.sections.find((s) => s.id === finding.location.sectionId);
  const [acking, setAcking] = useState(false);
  const [note, setNote] = useState("");
  const ack = useMutation(
    trpc.checks.acknowledge.mutationOptions({
      onSuccess: () => {
        setAcking(false);
        void queryClient.invalidateQueries({ queryKey: trpc.checks.run.queryKey({ reportId }) });
      },
    }),
  );
  const canAck = working.canEdit && finding.severity === "warning" && !finding.acknowledged;
  return (
    <li className={`finding finding-${finding.severity} ${finding.acknowledged ? "acknowledged" : ""}`}>
      <button type="button" className="finding-jump" onClick={onJump}>
        <span className="finding-message">{l(finding.message)}</span>
        {section ? <small className="muted block">{section.heading || t("untitledSection")}</small> : null}
      </button>
      {finding.acknowledged ? <p className="small ok-text">✓ {t("acknowledged")}</p> : null}
      {canAck && !acking ? (
        <button type="button" className="button-small" onClick={() => setAcking(true)}>
          {t("acknowledge")}
        </button>
      ) : null}
      {acking ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            ack.mutate({ reportId, key: finding.key, ...(note.trim() ? { note: note.trim() } : {}) });
          }}
        >
          <label className="field">
            <span>{t("acknowledgeNote")}</span>
            <input type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="button-primary button-small" disabled={ack.isPending}>
              {t("acknowledgeConfirm")}
            </button>
            <button type="button" className="button-small" onClick={() => setAcking(false)}>
              {t("cancel")}
            </button>
          </div>
          <ErrorMessage error={ack.error} />
        </form>
      ) : null}
    </li>
  );
}

import type { WorkflowEvent } from "@gongkai/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n";
import { formatDateTime, fromShanghaiLocal, toShanghaiLocal } from "../lib/time";
import { ErrorMessage } from "../ui/error-message";
import { StateBadge } from "../ui/state-badge";
import { useSession } from "../workspace/report-session";
import { useWorkflow } from "../workspace/use-workflow";

/**
 * The steps open to this user now, from the server's `availableEvents`: a reviewer approves or sends back with
 * reasons, publishes now or at a Beijing time, withdraws with a public reason; a correction needs a public change
 * note when it is published.
 */
export function WorkflowActions() {
  const { t, lang } = useI18n();
  const { working } = useSession();
  const workflow = useWorkflow();
  const events = new Set(working.availableEvents);
  const correction = working.publishedVersion !== null;
  const [comment, setComment] = useState("");
  const [reason, setReason] = useState("");
  const [changeNote, setChangeNote] = useState("");
  const [at, setAt] = useState(() => toShanghaiLocal(new Date(Date.now() + 3600_000).toISOString()));
  const [withdrawReason, setWithdrawReason] = useState("");
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const busy = workflow.pending !== null;
  const noteOk = !correction || changeNote.trim().length >= 2;
  const atIso = fromShanghaiLocal(at);
  const atOk = atIso !== null && new Date(atIso).getTime() > Date.now();
  const step = (event: WorkflowEvent) => void workflow.run(event);
  const note = correction ? { changeNote: changeNote.trim() } : {};
  const reviewerSteps = ["approve", "reject", "publish", "schedule", "unschedule", "withdraw", "reopen"].some(
    (e) => events.has(e as WorkflowEvent["type"]),
  );

  return (
    <section className="workflow-panel" aria-labelledby="workflow-head">
      <h2 id="workflow-head">{t("workflowTitle")}</h2>
      <p>
        <StateBadge state={working.state} /> {t(`stateHelp_${working.state}`)}
        {working.scheduledAt
          ? ` ${t("scheduledFor", { at: formatDateTime(working.scheduledAt, lang) })}`
          : ""}
      </p>
      {working.withdrawalReason ? (
        <p className="notice">
          {t("withdrawnBecause")} {working.withdrawalReason}
        </p>
      ) : null}
      {!reviewerSteps ? <p className="muted">{t("noReviewSteps")}</p> : null}
      <ErrorMessage error={workflow.error} />

      {events.has("approve") || events.has("reject") ? (
        <div className="workflow-row">
          {events.has("approve") ? (
            <div className="stack">
              <label className="field">
                <span>{t("approveComment")}</span>
                <textarea
                  rows={2}
                  maxLength={2000}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                />
              </label>
              <button
                type="button"
                className="button-primary"
                disabled={busy}
                onClick={() =>
                  step({ type: "approve", ...(comment.trim() ? { comment: comment.trim() } : {}) })
                }
              >
                {t("approve")}
              </button>
            </div>
          ) : null}
          {events.has("reject") ? (
            <div className="stack">
              <label className="field">
                <span>{t("rejectReason")}</span>
                <textarea
                  rows={2}
                  maxLength={2000}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </label>
              <button
                type="button"
                disabled={busy || reason.trim().length < 2}
                onClick={() => step({ type: "reject", reason: reason.trim() })}
              >
                {t("sendBack")}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}

      {events.has("publish") || events.has("schedule") ? (
        <div className="workflow-row">
          {correction ? (
            <label className="field grow">
              <span>{t("changeNote")}</span>
              <textarea
                rows={2}
                maxLength={2000}
                value={changeNote}
                onChange={(e) => setChangeNote(e.target.value)}
              />
              <small>{t("changeNoteHelp")}</small>
            </label>
          ) : null}
          {events.has("publish") ? (
            <button
              type="button"
              className="button-primary"
              disabled={busy || !noteOk}
              onClick={() => step({ type: "publish", ...note })}
            >
              {correction ? t("publishCorrection") : t("publishNow")}
            </button>
          ) : null}
          {events.has("schedule") ? (
            <div className="stack">
              <label className="field">
                <span>{t("publishAt")}</span>
                <input
                  type="datetime-local"
                  value={at}
                  onChange={(e) => setAt(e.target.value)}
                  aria-invalid={!atOk}
                />
                <small>{atOk ? t("beijingTime") : t("timeMustBeFuture")}</small>
              </label>
              <button
                type="button"
                disabled={busy || !noteOk || !atOk}
                onClick={() => atIso && step({ type: "schedule", at: atIso, ...note })}
              >
                {t("schedule")}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}

      {events.has("unschedule") ? (
        <button type="button" disabled={busy} onClick={() => step({ type: "unschedule" })}>
          {t("unschedule")}
        </button>
      ) : null}

      {events.has("withdraw") ? (
        <div className="stack workflow-row">
          <label className="field grow">
            <span>{t("withdrawReason")}</span>
            <textarea
              rows={2}
              maxLength={2000}
              value={withdrawReason}
              onChange={(e) => setWithdrawReason(e.target.value)}
            />
            <small>{t("withdrawReasonHelp")}</small>
          </label>
          {confirmWithdraw ? (
            <span className="confirm-inline">
              {t("confirmWithdraw")}
              <button
                type="button"
                className="button-danger"
                disabled={busy}
                onClick={() => step({ type: "withdraw", reason: withdrawReason.trim() })}
              >
                {t("withdraw")}
              </button>
              <button type="button" onClick={() => setConfirmWithdraw(false)}>
                {t("cancel")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="button-danger-quiet"
              disabled={busy || withdrawReason.trim().length < 2}
              onClick={() => setConfirmWithdraw(true)}
            >
              {t("withdraw")}
            </button>
          )}
        </div>
      ) : null}

      {events.has("reopen") ? (
        <button type="button" disabled={busy} onClick={() => step({ type: "reopen" })}>
          {t("reopen")}
        </button>
      ) : null}
    </section>
  );
}

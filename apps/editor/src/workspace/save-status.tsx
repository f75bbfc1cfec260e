import { useI18n } from "../i18n/i18n";
import { appError } from "../lib/app-error";
import { useSession } from "./report-session";

/** Whether the editor's words are safe: saved, waiting, saving, or held back by a conflict or an error. */
export function SaveStatusLine() {
  const { t, l } = useI18n();
  const { status, saveError, working } = useSession();
  const text = {
    saved: t("statusSaved", { n: working.version }),
    pending: t("statusPending"),
    saving: t("statusSaving"),
    conflict: t("statusConflict"),
    error: saveError ? `${t("statusError")} ${l(appError(saveError).message)}` : t("statusError"),
  }[status];
  return (
    <p className={`save-status save-${status}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}

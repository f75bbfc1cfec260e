import type { Observation } from "@gongkai/domain";
import { type FormEvent, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/error-message";

/**
 * Replaces a preliminary figure (预计数) by its final value; the server keeps the earlier value in the figure's
 * revisions with the note (决算数, 统计年鉴 …) and the time, as the domain's `reviseObservation` does.
 */
export function ReviseFigure({
  observation,
  onSave,
  onCancel,
}: {
  observation: Observation;
  onSave(patch: Pick<Observation, "decimal" | "unit">, note: string): Promise<unknown>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [decimal, setDecimal] = useState(observation.decimal);
  const [unit, setUnit] = useState(observation.unit);
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const valid = /^-?\d+(\.\d+)?$/.test(decimal.trim()) && note.trim().length > 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    onSave({ decimal: decimal.trim(), unit: unit.trim() }, note.trim()).catch(setError);
  };
  return (
    <form className="stack" onSubmit={submit}>
      <p>{t("reviseIntro", { value: `${observation.decimal}${observation.unit}` })}</p>
      <div className="row">
        <label className="field">
          <span>{t("finalValue")}</span>
          <input
            type="text"
            inputMode="decimal"
            required
            value={decimal}
            onChange={(e) => setDecimal(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("unit")}</span>
          <input type="text" maxLength={20} value={unit} onChange={(e) => setUnit(e.target.value)} />
        </label>
        <label className="field grow">
          <span>{t("revisionNote")}</span>
          <input
            type="text"
            required
            maxLength={500}
            value={note}
            placeholder={t("revisionNoteHint")}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
      </div>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={!valid}>
          {t("replaceWithFinal")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

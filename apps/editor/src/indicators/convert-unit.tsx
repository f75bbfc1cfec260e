import type { Observation } from "@gongkai/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/error-message";
import { conversionTargets, convertFigure } from "./units";

/** Writes a figure in another unit of the same kind, converted exactly by the domain (16.4亿元 = 1640000000元). */
export function ConvertUnit({
  observation,
  onSave,
  onCancel,
}: {
  observation: Observation;
  onSave(decimal: string, unit: string): Promise<unknown>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const targets = conversionTargets(observation.unit);
  const [to, setTo] = useState(targets[0] ?? "");
  const [error, setError] = useState<unknown>(null);
  const value = to ? convertFigure(observation.decimal, observation.unit, to) : null;
  if (targets.length === 0)
    return <p className="muted">{t("noConversion", { unit: observation.unit || "—" })}</p>;
  return (
    <div className="stack">
      <div className="row">
        <label className="field">
          <span>{t("convertTo")}</span>
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {targets.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <p className="conversion" role="status">
          {observation.decimal}
          {observation.unit} = <strong>{value ?? "—"}</strong>
          {to}
        </p>
      </div>
      <ErrorMessage error={error} />
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={value === null}
          onClick={() => value !== null && onSave(value, to).catch(setError)}
        >
          {t("applyConversion")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}

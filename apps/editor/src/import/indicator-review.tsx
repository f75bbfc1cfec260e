import {
  findIndicator,
  formatPeriod,
  type ImportedDocument,
  type ImportedIndicator,
  type ObservationKind,
} from "@gongkai/domain";
import { kindLabel } from "@gongkai/reader/components";
import { useState } from "react";
import { useI18n } from "../i18n/i18n";
import { CatalogueSearch } from "../indicators/catalogue-search";
import { PeriodInput } from "../indicators/period-input";
import type { DocumentChoice, IndicatorDecision, IndicatorPatch } from "./decisions";

export const indicatorRowId = (index: number) => `ind-row-${index}`;

/**
 * Every figure the pipeline linked to an indicator, each to be confirmed, corrected or rejected before the draft
 * is made. The figure's clause is shown, and it can be found in the text.
 */
export function IndicatorReview({
  doc,
  choice,
  onDecide,
  onShowInText,
}: {
  doc: ImportedDocument;
  choice: DocumentChoice;
  onDecide(index: number, decision: IndicatorDecision | null): void;
  onShowInText(index: number): void;
}) {
  const { t } = useI18n();
  if (doc.indicators.length === 0) return <p className="muted">{t("noIndicatorsFound")}</p>;
  return (
    <ol className="indicator-review">
      {doc.indicators.map((ind, i) => (
        <IndicatorRow
          // biome-ignore lint/suspicious/noArrayIndexKey: the pipeline's indicators are identified by position
          key={i}
          index={i}
          indicator={ind}
          year={doc.year ?? new Date().getFullYear()}
          decision={choice.decisions[i] ?? null}
          onDecide={(d) => onDecide(i, d)}
          onShowInText={() => onShowInText(i)}
        />
      ))}
    </ol>
  );
}

function IndicatorRow({
  index,
  indicator,
  decision,
  year,
  onDecide,
  onShowInText,
}: {
  index: number;
  indicator: ImportedIndicator;
  decision: IndicatorDecision | null;
  year: number;
  onDecide(d: IndicatorDecision | null): void;
  onShowInText(): void;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const patch = decision?.action === "correct" ? decision.patch : {};
  const shown = { ...indicator, ...patch, code: patch.indicatorCode ?? indicator.code };
  const def = shown.code ? findIndicator(shown.code) : undefined;
  const name = def ? (lang === "zh" ? def.name : def.nameEn) : t("notLinked");
  const state = decision?.action ?? "open";
  return (
    <li id={indicatorRowId(index)} className={`indicator-item decision-${state}`} tabIndex={-1}>
      <div className="indicator-summary">
        <strong>{name}</strong>{" "}
        <span className="figure">
          {shown.decimal}
          {shown.unit}
        </span>{" "}
        <span className="muted">
          {shown.period ? formatPeriod(shown.period, lang) : t("noPeriod")} · {kindLabel(shown.kind, lang)}
          {indicator.yoyPct !== null ? ` · ${t("yoy")} ${indicator.yoyPct}%` : ""}
        </span>
        <q lang="zh-CN" className="clause">
          {indicator.text}
        </q>
        <button type="button" className="link-button" onClick={onShowInText}>
          {t("showInText")}
        </button>
      </div>
      <fieldset className="decision">
        <legend className="visually-hidden">{t("decisionFor", { name, figure: indicator.figure })}</legend>
        <label>
          <input
            type="radio"
            name={`decision-${index}`}
            checked={state === "confirm"}
            onChange={() => {
              setEditing(false);
              onDecide({ action: "confirm" });
            }}
          />
          {t("confirm")}
        </label>
        <label>
          <input
            type="radio"
            name={`decision-${index}`}
            checked={state === "correct"}
            onChange={() => {
              setEditing(true);
              onDecide({ action: "correct", patch });
            }}
          />
          {t("correct")}
        </label>
        <label>
          <input
            type="radio"
            name={`decision-${index}`}
            checked={state === "reject"}
            onChange={() => {
              setEditing(false);
              onDecide({ action: "reject" });
            }}
          />
          {t("reject")}
        </label>
      </fieldset>
      {state === "correct" && editing ? (
        <CorrectionForm
          indicator={indicator}
          patch={patch}
          year={year}
          onDone={(p) => {
            onDecide({ action: "correct", patch: p });
            setEditing(false);
          }}
        />
      ) : state === "correct" ? (
        <button type="button" className="button-quiet" onClick={() => setEditing(true)}>
          {t("editCorrection")}
        </button>
      ) : null}
    </li>
  );
}

const KINDS: ObservationKind[] = ["actual", "target", "forecast"];

function CorrectionForm({
  indicator,
  patch,
  year,
  onDone,
}: {
  indicator: ImportedIndicator;
  patch: IndicatorPatch;
  year: number;
  onDone(p: IndicatorPatch): void;
}) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState<string | null>(patch.indicatorCode ?? indicator.code);
  const [decimal, setDecimal] = useState(patch.decimal ?? indicator.decimal);
  const [unit, setUnit] = useState(patch.unit ?? indicator.unit);
  const [kind, setKind] = useState<ObservationKind>(patch.kind ?? indicator.kind);
  const [period, setPeriod] = useState(patch.period === undefined ? indicator.period : patch.period);
  const valid = /^-?\d+(\.\d+)?$/.test(decimal.trim());
  return (
    <div className="correction stack">
      <CatalogueSearch value={code} onChange={setCode} />
      <div className="row">
        <label className="field">
          <span>{t("value")}</span>
          <input
            type="text"
            inputMode="decimal"
            value={decimal}
            aria-invalid={!valid}
            onChange={(e) => setDecimal(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("unit")}</span>
          <input type="text" value={unit} maxLength={20} onChange={(e) => setUnit(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("kind")}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ObservationKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PeriodInput value={period} onChange={setPeriod} year={year} />
      <button
        type="button"
        disabled={!valid}
        onClick={() =>
          onDone({
            ...(code ? { indicatorCode: code } : {}),
            decimal: decimal.trim(),
            unit: unit.trim(),
            kind,
            period,
          })
        }
      >
        {t("applyCorrection")}
      </button>
    </div>
  );
}

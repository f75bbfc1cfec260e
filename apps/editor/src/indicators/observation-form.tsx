import {
  findIndicator,
  GROWTH_UNIT,
  type Observation,
  type ObservationKind,
  type ObservationMeasure,
  QUALIFIER_LABELS,
  Qualifier,
} from "@gongkai/domain";
import { kindLabel } from "@gongkai/reader/components";
import { type FormEvent, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/error-message";
import { useSession } from "../workspace/report-session";
import { CatalogueSearch } from "./catalogue-search";
import { PeriodInput } from "./period-input";

/** What the form sends: the figure without its id and its revision history (the server writes that). */
export type ObservationFields = Omit<Observation, "id" | "revisions">;

const KINDS: ObservationKind[] = ["actual", "target", "forecast"];
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A figure's fields. For a new figure, where it stands in the text is found from the section and the figure as
 * written there, so that it links to its sentence like an imported one.
 */
export function ObservationForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Observation | null;
  onSave(fields: ObservationFields): Promise<unknown>;
  onCancel(): void;
}) {
  const { t, l, lang } = useI18n();
  const { working } = useSession();
  const year = working.report.year;
  const [code, setCode] = useState<string | null>(initial?.indicatorCode ?? null);
  const [subject, setSubject] = useState(initial?.subject ?? "");
  const [decimal, setDecimal] = useState(initial?.decimal ?? "");
  const [unit, setUnit] = useState(initial?.unit ?? "");
  const [qualifier, setQualifier] = useState<Qualifier>(initial?.qualifier ?? "exact");
  const [period, setPeriod] = useState(initial?.period ?? { type: "year" as const, year: year - 1 });
  const [kind, setKind] = useState<ObservationKind>(initial?.kind ?? "actual");
  const [measure, setMeasure] = useState<ObservationMeasure>(initial?.measure ?? "level");
  const [yoy, setYoy] = useState(initial?.comparisons.yoyPct?.toString() ?? "");
  const [preliminary, setPreliminary] = useState(initial?.preliminary ?? false);
  const [sectionId, setSectionId] = useState(initial?.provenance?.sectionId ?? "");
  const [written, setWritten] = useState(initial?.provenance?.figure ?? "");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const yoyValid = yoy.trim() === "" || Number.isFinite(Number(yoy));
  const valid = DECIMAL.test(decimal.trim()) && yoyValid;

  const provenance = (): Observation["provenance"] => {
    const section = working.report.sections.find((s) => s.id === sectionId);
    if (!section || !written.trim()) return initial?.provenance ?? null;
    if (initial?.provenance?.sectionId === sectionId && initial.provenance.figure === written)
      return initial.provenance;
    const at = section.text.indexOf(written.trim());
    if (at < 0) return initial?.provenance ?? null;
    const figure = written.trim();
    return { sectionId, start: at, end: at + figure.length, quote: figure, figure };
  };
  const found = (() => {
    const section = working.report.sections.find((s) => s.id === sectionId);
    return !section || !written.trim() ? null : section.text.includes(written.trim());
  })();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    setBusy(true);
    setError(null);
    try {
      await onSave({
        indicatorCode: code,
        // A figure linked to the catalogue and left without its own words is named as the catalogue names it.
        subject: (subject.trim() || (code ? (findIndicator(code)?.name ?? "") : "")).slice(0, 80),
        decimal: decimal.trim(),
        // A growth figure's value is a rate in percent, whatever unit the level had.
        unit: measure === "growth" ? GROWTH_UNIT : unit.trim(),
        qualifier,
        period,
        kind,
        measure,
        comparisons: {
          yoyPct: yoy.trim() === "" ? null : Number(yoy),
          multiple: initial?.comparisons.multiple ?? null,
          shareOfTargetPct: initial?.comparisons.shareOfTargetPct ?? null,
        },
        provenance: provenance(),
        preliminary,
        confirmed: true,
      });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="observation-form stack" onSubmit={submit}>
      <CatalogueSearch value={code} onChange={setCode} />
      <div className="row">
        <label className="field grow">
          <span>{t("subject")}</span>
          <input type="text" maxLength={80} value={subject} onChange={(e) => setSubject(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("qualifier")}</span>
          <select value={qualifier} onChange={(e) => setQualifier(e.target.value as Qualifier)}>
            {Qualifier.options.map((q) => (
              <option key={q} value={q}>
                {q === "exact" ? t("exact") : l(QUALIFIER_LABELS[q])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("measure")}</span>
          <select value={measure} onChange={(e) => setMeasure(e.target.value as ObservationMeasure)}>
            <option value="level">{t("measureLevel")}</option>
            <option value="growth">{t("measureGrowth")}</option>
          </select>
        </label>
        <label className="field">
          <span>{measure === "growth" ? t("growthRate") : t("value")}</span>
          <input
            type="text"
            inputMode="decimal"
            required
            value={decimal}
            aria-invalid={decimal !== "" && !DECIMAL.test(decimal.trim())}
            onChange={(e) => setDecimal(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("unit")}</span>
          <input
            type="text"
            maxLength={20}
            value={measure === "growth" ? GROWTH_UNIT : unit}
            disabled={measure === "growth"}
            onChange={(e) => setUnit(e.target.value)}
          />
        </label>
      </div>
      <div className="row">
        <PeriodInput value={period} onChange={(p) => p && setPeriod(p)} year={year} />
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
        <label className="field">
          <span>{t("yoyPct")}</span>
          <input
            type="text"
            inputMode="decimal"
            value={yoy}
            aria-invalid={!yoyValid}
            onChange={(e) => setYoy(e.target.value)}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={preliminary} onChange={(e) => setPreliminary(e.target.checked)} />
          {t("preliminaryFigure")}
        </label>
      </div>
      <div className="row">
        <label className="field">
          <span>{t("inSection")}</span>
          <select value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
            <option value="">{t("noSection")}</option>
            {working.report.sections.map((s, i) => (
              <option key={s.id} value={s.id}>
                {s.heading || `${t("untitledSection")} ${i + 1}`}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{t("writtenAs")}</span>
          <input
            type="text"
            maxLength={80}
            value={written}
            placeholder="2630万元"
            onChange={(e) => setWritten(e.target.value)}
          />
          {found === false ? <small className="error-text">{t("notFoundInSection")}</small> : null}
        </label>
      </div>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={!valid || busy}>
          {t("save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

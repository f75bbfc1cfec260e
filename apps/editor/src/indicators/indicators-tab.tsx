import { findIndicator, formatPeriod, type Observation } from "@gongkai/domain";
import { kindLabel } from "@gongkai/reader/components";
import { useEffect, useState } from "react";
import { useLocation } from "wouter";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/error-message";
import { useSession } from "../workspace/report-session";
import { ConvertUnit } from "./convert-unit";
import { figureText } from "./figure-text";
import { ObservationForm } from "./observation-form";
import { ReviseFigure } from "./revise-figure";
import { convertFigure } from "./units";

/**
 * Every figure the report states: value, unit, qualifier, period, kind, year-on-year, its indicator, whether it is
 * confirmed and preliminary, and where it stands in the text. Figures are added, corrected, converted to another
 * unit, confirmed, and a preliminary figure is replaced by its final value with a note.
 */
export function IndicatorsTab() {
  const { t } = useI18n();
  const session = useSession();
  const { working } = session;
  const observations = working.report.observations;
  const editable = working.canEdit;
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const unconfirmed = observations.filter((o) => !o.confirmed);
  const focusId = session.focus?.field === "observation" ? session.focus.observationId : null;

  useEffect(() => {
    if (!focusId || !session.focus) return;
    const row = document.getElementById(`obs-${focusId}`);
    row?.scrollIntoView({ block: "center" });
    row?.focus({ preventScroll: true });
    session.doneFocus(session.focus.seq);
  }, [focusId, session.focus, session.doneFocus]);

  const confirm = (ids: string[]) =>
    session
      .edit((w, c) =>
        c.indicators.confirm.mutate({
          reportId: w.id,
          baseVersion: w.version,
          observationIds: ids,
          confirmed: true,
        }),
      )
      .catch(setError);

  return (
    <section className="indicators-tab">
      <div className="page-head">
        <h2>{t("indicatorTable")}</h2>
        {editable ? (
          <div className="actions">
            <button type="button" onClick={() => setAdding(true)} disabled={adding}>
              {t("addFigure")}
            </button>
            <button
              type="button"
              onClick={() => void confirm(unconfirmed.map((o) => o.id))}
              disabled={unconfirmed.length === 0}
            >
              {t("confirmAllN", { n: unconfirmed.length })}
            </button>
          </div>
        ) : null}
      </div>
      <p className="muted">{t("indicatorTableIntro")}</p>
      <ErrorMessage error={error} />
      {adding ? (
        <ObservationForm
          initial={null}
          onCancel={() => setAdding(false)}
          onSave={(fields) =>
            session
              .edit((w, c) =>
                c.indicators.add.mutate({ reportId: w.id, baseVersion: w.version, observation: fields }),
              )
              .then(() => setAdding(false))
          }
        />
      ) : null}
      {observations.length === 0 ? (
        <p className="muted">{t("noFigures")}</p>
      ) : (
        <div className="table-wrap">
          <table className="indicator-table">
            <thead>
              <tr>
                <th scope="col">{t("indicator")}</th>
                <th scope="col">{t("value")}</th>
                <th scope="col">{t("period")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("yoy")}</th>
                <th scope="col">{t("figureState")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {observations.map((o) => (
                <ObservationRow
                  key={o.id}
                  observation={o}
                  editable={editable}
                  onConfirm={() => void confirm([o.id])}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ObservationRow({
  observation: o,
  editable,
  onConfirm,
}: {
  observation: Observation;
  editable: boolean;
  onConfirm(): void;
}) {
  const { t, lang } = useI18n();
  const session = useSession();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<"view" | "edit" | "convert" | "revise">("view");
  const [error, setError] = useState<unknown>(null);
  const def = o.indicatorCode ? findIndicator(o.indicatorCode) : undefined;
  const growth = o.measure === "growth";
  const inDefault = def && !growth && def.unit !== o.unit ? convertFigure(o.decimal, o.unit, def.unit) : null;
  const showInText = () => {
    const p = o.provenance;
    if (!p?.sectionId) return;
    navigate(`/reports/${session.reportId}/edit`);
    session.requestFocus({
      sectionId: p.sectionId,
      field: "text",
      start: p.start,
      end: p.end,
      excerpt: p.quote,
    });
  };
  const save = (patch: Partial<Omit<Observation, "id" | "revisions">>, revision?: { note: string }) =>
    session
      .edit((w, c) =>
        c.indicators.edit.mutate({
          reportId: w.id,
          baseVersion: w.version,
          observationId: o.id,
          patch,
          ...(revision ? { revision } : {}),
        }),
      )
      .then(() => setMode("view"));
  return (
    <>
      <tr id={`obs-${o.id}`} tabIndex={-1} className={o.confirmed ? "" : "unconfirmed"}>
        <td>
          {def ? (
            <>
              <strong>{lang === "zh" ? def.name : def.nameEn}</strong>
              <small className="muted block">{o.subject}</small>
            </>
          ) : (
            <>
              <span>{o.subject || t("notLinked")}</span>
              <small className="muted block">{t("notLinked")}</small>
            </>
          )}
        </td>
        <td className="num">
          {figureText(o, lang)}
          {growth ? <small className="muted block">{t("growthTarget")}</small> : null}
          {inDefault ? (
            <small className="muted block">
              = {inDefault}
              {def?.unit}
            </small>
          ) : null}
        </td>
        <td>{o.period ? formatPeriod(o.period, lang) : <span className="muted">{t("noPeriod")}</span>}</td>
        <td>{kindLabel(o.kind, lang)}</td>
        <td className="num">{o.comparisons.yoyPct !== null ? `${o.comparisons.yoyPct}%` : "—"}</td>
        <td>
          {o.confirmed ? t("confirmed") : <strong className="warn-text">{t("unconfirmed")}</strong>}
          {o.preliminary ? <span className="badge badge-prelim">{t("preliminary")}</span> : null}
          {o.revisions.length ? (
            <details>
              <summary>{t("revisionsN", { n: o.revisions.length })}</summary>
              <ul>
                {o.revisions.map((r) => (
                  <li key={r.revisedAt}>
                    {r.decimal}
                    {r.unit}：{r.note}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </td>
        <td className="row-actions">
          {o.provenance?.sectionId ? (
            <button type="button" className="link-button" onClick={showInText}>
              {t("showInText")}
            </button>
          ) : null}
          {editable ? (
            <>
              {!o.confirmed ? (
                <button type="button" className="button-small" onClick={onConfirm}>
                  {t("confirm")}
                </button>
              ) : null}
              <button
                type="button"
                className="button-small"
                onClick={() => setMode(mode === "edit" ? "view" : "edit")}
              >
                {t("edit")}
              </button>
              {growth ? null : (
                <button
                  type="button"
                  className="button-small"
                  onClick={() => setMode(mode === "convert" ? "view" : "convert")}
                >
                  {t("convertUnit")}
                </button>
              )}
              {o.preliminary ? (
                <button
                  type="button"
                  className="button-small"
                  onClick={() => setMode(mode === "revise" ? "view" : "revise")}
                >
                  {t("replaceWithFinal")}
                </button>
              ) : null}
              <button
                type="button"
                className="button-small button-danger-quiet"
                onClick={() =>
                  void session
                    .edit((w, c) =>
                      c.indicators.delete.mutate({
                        reportId: w.id,
                        baseVersion: w.version,
                        observationId: o.id,
                      }),
                    )
                    .catch(setError)
                }
              >
                {t("delete")}
              </button>
            </>
          ) : null}
        </td>
      </tr>
      {mode !== "view" || error ? (
        <tr className="row-detail">
          <td colSpan={7}>
            <ErrorMessage error={error} />
            {mode === "edit" ? (
              <ObservationForm
                initial={o}
                onCancel={() => setMode("view")}
                onSave={(fields) => save(fields)}
              />
            ) : null}
            {mode === "convert" ? (
              <ConvertUnit
                observation={o}
                onCancel={() => setMode("view")}
                onSave={(decimal, unit) => save({ decimal, unit })}
              />
            ) : null}
            {mode === "revise" ? (
              <ReviseFigure
                observation={o}
                onCancel={() => setMode("view")}
                onSave={(patch, note) => save(patch, { note })}
              />
            ) : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}

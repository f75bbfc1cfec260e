import {
  findIndicator,
  formatGrowth,
  formatPeriod,
  formatQuantityAsWritten,
  type Observation,
  PROGRESS_LABELS,
  type ProgressStatus,
  type Report,
} from "@gongkai/domain";
import { formatPercentChange } from "../format";
import { type Lang, pick, t } from "../i18n";
import { contentLang } from "./content-lang";
import { kindLabel } from "./kind-label";
import { figureAnchor, type ReportLinks } from "./links";

export interface KeyIndicatorsProps {
  report: Report;
  lang: Lang;
  links: ReportLinks;
  /**
   * Whether a target was met, by observation id: for a target, what a later report said of it; for an actual,
   * whether it met the target set for it. Left out (the editor's preview), the column is not shown.
   */
  progress?: ReadonlyMap<string, ProgressStatus> | null;
  /** Observations whose figure is marked in the text, so that "source" can link to it. */
  marked?: ReadonlySet<string> | null;
}

const KIND_ORDER = { actual: 0, target: 1, forecast: 2 } as const;

/** The figures of a report that belong to catalogue indicators, as a table: value, unit, period, change, target. */
export function KeyIndicators({ report, lang, links, progress, marked }: KeyIndicatorsProps) {
  const rows = report.observations
    .filter((o) => o.confirmed && o.indicatorCode)
    .map((o, index) => ({ o, index, definition: findIndicator(o.indicatorCode ?? "") }))
    .filter((r) => r.definition)
    .sort((a, b) => KIND_ORDER[a.o.kind] - KIND_ORDER[b.o.kind] || a.index - b.index);
  return (
    <section className="key-indicators" aria-labelledby="key-indicators-heading">
      <h2 id="key-indicators-heading">{t(lang, "keyIndicators")}</h2>
      {rows.length === 0 ? (
        <p>{t(lang, "keyIndicatorsEmpty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t(lang, "colIndicator")}</th>
                <th scope="col" className="num">
                  {t(lang, "colValue")}
                </th>
                <th scope="col">{t(lang, "colPeriod")}</th>
                <th scope="col">{t(lang, "colKind")}</th>
                <th scope="col" className="num">
                  {t(lang, "colYoy")}
                </th>
                {progress ? <th scope="col">{t(lang, "colTargetMet")}</th> : null}
                <th scope="col" className="no-print">
                  {t(lang, "colSource")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ o, definition }) => (
                <Row
                  key={o.id}
                  o={o}
                  name={lang === "zh" ? (definition?.name ?? "") : (definition?.nameEn ?? "")}
                  {...{ lang, links, progress, marked }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Row({
  o,
  name,
  lang,
  links,
  progress,
  marked,
}: {
  o: Observation;
  name: string;
  lang: Lang;
  links: ReportLinks;
  progress?: ReadonlyMap<string, ProgressStatus> | null | undefined;
  marked?: ReadonlySet<string> | null | undefined;
}) {
  const status = progress?.get(o.id);
  return (
    <tr>
      <th scope="row">
        <a href={links.indicator(o.indicatorCode ?? "")}>{name}</a>
      </th>
      <td className="num" lang={o.measure === "growth" ? undefined : contentLang(lang)}>
        {o.measure === "growth"
          ? formatGrowth(Number(o.decimal), o.qualifier, lang)
          : formatQuantityAsWritten(o.decimal, o.unit, o.qualifier)}
        {o.preliminary ? <small> ({t(lang, "preliminary")})</small> : null}
      </td>
      <td>{o.period ? formatPeriod(o.period, lang) : t(lang, "notApplicable")}</td>
      <td>{kindLabel(o.kind, lang)}</td>
      <td className="num">
        {o.comparisons.yoyPct === null ? t(lang, "notApplicable") : formatPercentChange(o.comparisons.yoyPct)}
      </td>
      {progress ? (
        <td>
          {status ? (
            <span className={`status status-${status}`}>{pick(PROGRESS_LABELS[status], lang)}</span>
          ) : (
            t(lang, "notApplicable")
          )}
        </td>
      ) : null}
      <td className="no-print">
        {marked?.has(o.id) ? (
          <a href={`#${figureAnchor(o.id)}`}>{t(lang, "inText")}</a>
        ) : o.provenance?.quote ? (
          <span lang={contentLang(lang)} className="quote">
            {o.provenance.quote}
          </span>
        ) : (
          t(lang, "notApplicable")
        )}
      </td>
    </tr>
  );
}

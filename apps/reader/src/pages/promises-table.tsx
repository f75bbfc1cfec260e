import type { PromiseEntry } from "@gongkai/api";
import { findIndicator, formatQuantityAsWritten, PROGRESS_LABELS } from "@gongkai/domain";
import { figureAnchor } from "../components";
import { type Lang, pick, type Translate } from "../i18n";
import type { Paths } from "../server/paths";

/** Targets against results, one row per target: year, township, indicator, target, result, status. */
export function PromisesTable({
  entries,
  lang,
  t,
  paths,
  showTownship,
  caption,
}: {
  entries: PromiseEntry[];
  lang: Lang;
  t: Translate;
  paths: Paths;
  showTownship: boolean;
  caption: string;
}) {
  const zh = lang === "en" ? "zh-CN" : undefined;
  return (
    <div className="table-scroll">
      <table className="promises">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colYear")}</th>
            {showTownship ? <th scope="col">{t("colTownship")}</th> : null}
            <th scope="col">{t("colIndicator")}</th>
            <th scope="col" className="num">
              {t("targetValue")}
            </th>
            <th scope="col" className="num">
              {t("actualValue")}
            </th>
            <th scope="col">{t("colStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const d = findIndicator(e.indicatorCode);
            return (
              <tr key={`${e.townshipId}-${e.indicatorCode}-${e.year}-${e.target.observationId}`}>
                <td>{e.year}</td>
                {showTownship ? (
                  <td>
                    <a href={paths.township(e.townshipId)} lang={zh}>
                      {e.township}
                    </a>
                  </td>
                ) : null}
                <th scope="row">
                  <a href={paths.indicator(e.indicatorCode)}>
                    {d ? (lang === "zh" ? d.name : d.nameEn) : e.indicator}
                  </a>
                </th>
                <td className="num">
                  <a
                    href={`${paths.report(e.target.reportId)}#${figureAnchor(e.target.observationId)}`}
                    lang={zh}
                    title={t("targetSetIn", { year: e.target.reportYear })}
                  >
                    {formatQuantityAsWritten(e.target.decimal, e.target.unit, e.target.qualifier)}
                  </a>
                </td>
                <td className="num">
                  {e.actual ? (
                    <a
                      href={`${paths.report(e.actual.reportId)}#${figureAnchor(e.actual.observationId)}`}
                      lang={zh}
                      title={t("actualReportedIn", { year: e.actual.reportYear })}
                    >
                      {formatQuantityAsWritten(e.actual.decimal, e.actual.unit, e.actual.qualifier)}
                    </a>
                  ) : (
                    t("notApplicable")
                  )}
                </td>
                <td>
                  <span className={`status status-${e.status}`}>{pick(PROGRESS_LABELS[e.status], lang)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { PromiseEntry } from "@gongkai/api";
import { findIndicator, formatQuantityAsWritten, PROGRESS_LABELS } from "@gongkai/domain";
import { figureAnchor } from "../components";
import { type Lang, pick, type Translate } from "../i18n";
import type { Paths } from "../server/paths";
import { promiseActualText, promiseTargetText } from "./promise-text";

/**
 * Targets against results, one row per target: year, township, indicator, target, result, status. A growth target
 * (增长6%左右) is set against the growth achieved (增长7.2%), with the year's level beneath it.
 */
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
                    lang={e.measure === "growth" ? undefined : zh}
                    title={t("targetSetIn", { year: e.target.reportYear })}
                  >
                    {promiseTargetText(e, lang)}
                  </a>
                </td>
                <td className="num">
                  {e.actual ? (
                    <>
                      <a
                        href={`${paths.report(e.actual.reportId)}#${figureAnchor(e.actual.observationId)}`}
                        lang={e.measure === "growth" && e.achievedGrowthPct !== null ? undefined : zh}
                        title={t("actualReportedIn", { year: e.actual.reportYear })}
                      >
                        {promiseActualText(e, lang)}
                      </a>
                      {e.measure === "growth" && e.achievedGrowthPct !== null ? (
                        <small className="promise-level">
                          <span lang={zh}>
                            {formatQuantityAsWritten(e.actual.decimal, e.actual.unit, e.actual.qualifier)}
                          </span>
                          {e.achievedGrowthSource === "computed" ? ` · ${t("growthComputed")}` : null}
                        </small>
                      ) : null}
                    </>
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

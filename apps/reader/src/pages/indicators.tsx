import type { IndicatorEntry } from "@gongkai/api";
import { INDICATOR_CATEGORY_LABELS, type IndicatorCategory } from "@gongkai/domain";
import { pick } from "../i18n";
import type { Page, PageContext } from "./page";

/** The catalogue: every indicator by category, those with figures first. */
export async function indicatorsPage(ctx: PageContext): Promise<Page> {
  const { t, paths, lang, reads } = ctx;
  const entries = await reads.indicators();
  const groups = (list: IndicatorEntry[]) => {
    const map = new Map<IndicatorCategory, IndicatorEntry[]>();
    for (const e of list) map.set(e.definition.category, [...(map.get(e.definition.category) ?? []), e]);
    return [...map.entries()];
  };
  const withData = entries.filter((e) => e.observationCount > 0);
  const without = entries.filter((e) => e.observationCount === 0);
  const name = (e: IndicatorEntry) => (lang === "zh" ? e.definition.name : e.definition.nameEn);
  return {
    nav: "indicators",
    head: { title: t("indicatorsTitle"), description: t("indicatorsLead"), path: "/indicators" },
    body: (
      <>
        <h1>{t("indicatorsTitle")}</h1>
        <p className="lead">{t("indicatorsLead")}</p>
        <section aria-labelledby="with-data">
          <h2 id="with-data">{t("withData")}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("colIndicator")}</th>
                  <th scope="col">{t("indicatorCategory")}</th>
                  <th scope="col">{t("indicatorUnit")}</th>
                  <th scope="col" className="num">
                    {t("indicatorTownships")}
                  </th>
                  <th scope="col" className="num">
                    {t("colFigures")}
                  </th>
                  <th scope="col">{t("colYears")}</th>
                </tr>
              </thead>
              <tbody>
                {groups(withData).flatMap(([category, list]) =>
                  list.map((e) => (
                    <tr key={e.definition.code}>
                      <th scope="row">
                        <a href={paths.indicator(e.definition.code)}>{name(e)}</a>
                      </th>
                      <td>{pick(INDICATOR_CATEGORY_LABELS[category], lang)}</td>
                      <td>{e.definition.unit}</td>
                      <td className="num">{e.townshipCount}</td>
                      <td className="num">{e.observationCount}</td>
                      <td>{e.firstYear === e.lastYear ? e.firstYear : `${e.firstYear}—${e.lastYear}`}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="without-data">
          <h2 id="without-data">{t("withoutData")}</h2>
          {groups(without).map(([category, list]) => (
            <div key={category}>
              <h3>{pick(INDICATOR_CATEGORY_LABELS[category], lang)}</h3>
              <ul className="inline-list">
                {list.map((e) => (
                  <li key={e.definition.code}>
                    <a href={paths.indicator(e.definition.code)}>{name(e)}</a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </>
    ),
  };
}

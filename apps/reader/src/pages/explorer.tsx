import type { ObservationPoint } from "@gongkai/api";
import { INDICATOR_CATEGORY_LABELS, type IndicatorCategory, IndicatorCode } from "@gongkai/domain";
import { type ChartSeries, LineChart } from "../charts";
import { SelectField, yearOptions } from "../components";
import { formatNumber, formatPercentChange } from "../format";
import { pick } from "../i18n";
import { openData, queryString } from "../server/paths";
import type { Page, PageContext } from "./page";

const DEFAULT_TOWNSHIPS = 5;
const MAX_TOWNSHIPS = 50;

/**
 * The indicator explorer: a GET form whose URL is the selection (indicator, townships, years), and its answer as a
 * chart with target marks and as a table, switchable; downloads of what is shown, of the whole series, and of
 * the indicator's metadata. The island fetches the same page in place; without it the form reloads the page.
 */
export async function explorerPage(ctx: PageContext): Promise<Page> {
  const { t, paths, lang, reads, url, origin } = ctx;
  const zh = lang === "en" ? "zh-CN" : undefined;
  const [entries, directory] = await Promise.all([reads.indicators(), reads.directory()]);
  const asked = url.searchParams.get("indicator") ?? "";
  const withData = entries
    .filter((e) => e.observationCount > 0 || e.definition.code === asked)
    .sort((a, b) => b.townshipCount - a.townshipCount || b.observationCount - a.observationCount);
  const entry =
    (IndicatorCode.safeParse(asked).success ? entries.find((e) => e.definition.code === asked) : undefined) ??
    withData[0] ??
    entries[0];
  if (!entry) throw new Error("the indicator catalogue is empty");
  const definition = entry.definition;
  const name = lang === "zh" ? definition.name : definition.nameEn;

  const townships = directory.counties.flatMap((c) =>
    c.townships.filter((x) => x.reportCount > 0).map((x) => ({ ...x, county: c.county })),
  );
  const known = new Set(townships.map((x) => x.township.id));
  const askedTownships = url.searchParams
    .getAll("township")
    .flatMap((v) => v.split(","))
    .filter((id) => known.has(id));
  const page = await reads.indicator(definition.code);
  const selected = askedTownships.length
    ? [...new Set(askedTownships)].slice(0, MAX_TOWNSHIPS)
    : (page?.townships ?? [])
        .filter((x) => known.has(x.townshipId))
        .sort((a, b) => b.count - a.count)
        .slice(0, DEFAULT_TOWNSHIPS)
        .map((x) => x.townshipId);
  const firstYear = entry.firstYear ?? new Date().getFullYear() - 5;
  const lastYear = entry.lastYear ?? new Date().getFullYear();
  const yearOf = (name: string) => {
    const v = url.searchParams.get(name);
    // Years outside the domain's range cannot hold figures (and would make a select of thousands of options).
    return v && /^\d{4}$/.test(v) && Number(v) >= 1949 && Number(v) <= 2100 ? Number(v) : undefined;
  };
  let from = yearOf("from");
  let to = yearOf("to");
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const series = await reads.series({
    code: definition.code,
    townshipIds: selected,
    fromYear: from,
    toYear: to,
  });
  const points = series?.points ?? [];
  const unit = series?.unit ?? definition.unit;
  const nameOf = new Map(townships.map((x) => [x.township.id, x.township.name]));
  const selection = {
    indicator: definition.code,
    township: selected.length ? selected.join(",") : undefined,
    from,
    to,
  };
  const isDefault = !url.search;
  const path = `/explore${isDefault ? "" : queryString({ indicator: definition.code, township: selected, from, to })}`;
  const choosableYears: number[] = [];
  for (let y = Math.min(firstYear, from ?? firstYear); y <= Math.max(lastYear, to ?? lastYear); y++)
    choosableYears.push(y);
  const byCategory = new Map<IndicatorCategory, typeof withData>();
  for (const e of withData)
    byCategory.set(e.definition.category, [...(byCategory.get(e.definition.category) ?? []), e]);
  const byCounty = new Map<string, typeof townships>();
  for (const x of townships) byCounty.set(x.county.id, [...(byCounty.get(x.county.id) ?? []), x]);
  const shownNames = selected.map((id) => nameOf.get(id) ?? id);
  const description =
    lang === "zh"
      ? `${shownNames.join("、")}的${name}历年数据：图表、表格与下载。`
      : `${name} of ${shownNames.join(", ")} across the years: chart, table and downloads.`;

  return {
    nav: "explore",
    scripts: ["explorer"],
    head: {
      title: `${name} · ${t("exploreTitle")}`,
      description,
      path,
      jsonLd: [
        {
          "@context": "https://schema.org",
          "@type": "Dataset",
          name: `${definition.name}（${unit}）`,
          alternateName: definition.nameEn,
          description: `${definition.description ?? definition.name}。${description}`,
          url:
            origin +
            paths.explorer(
              isDefault ? undefined : { indicator: definition.code, township: selected, from, to },
            ),
          variableMeasured: { "@type": "PropertyValue", name: definition.name, unitText: unit },
          spatialCoverage: shownNames.map((n) => ({ "@type": "AdministrativeArea", name: n })),
          ...(points.length
            ? {
                temporalCoverage: `${Math.min(...points.map((p) => p.year))}/${Math.max(...points.map((p) => p.year))}`,
              }
            : {}),
          isAccessibleForFree: true,
          distribution: [
            {
              "@type": "DataDownload",
              encodingFormat: "text/csv",
              contentUrl: origin + openData.seriesCsv(definition.code, selection),
            },
            {
              "@type": "DataDownload",
              encodingFormat: "application/json",
              contentUrl: origin + openData.seriesJson(definition.code, selection),
            },
          ],
        },
      ],
    },
    body: (
      <>
        <h1>{t("exploreTitle")}</h1>
        <p className="lead">{t("exploreLead")}</p>
        <div className="explorer">
          <form className="explorer-form" method="get" action={paths.explorer()} data-explorer>
            <div className="field">
              <label htmlFor="indicator">{t("exploreIndicator")}</label>
              <select id="indicator" name="indicator" defaultValue={definition.code}>
                {[...byCategory.entries()].map(([category, list]) => (
                  <optgroup key={category} label={pick(INDICATOR_CATEGORY_LABELS[category], lang)}>
                    {list.map((e) => (
                      <option key={e.definition.code} value={e.definition.code}>
                        {lang === "zh" ? e.definition.name : e.definition.nameEn}（{e.definition.unit}）
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <fieldset className="townships">
              <legend>{t("exploreTownships")}</legend>
              <div className="field js-only">
                <label htmlFor="township-filter">{t("exploreTownshipFilter")}</label>
                <input id="township-filter" type="search" data-township-filter />
              </div>
              {[...byCounty.values()].map((list) => (
                <fieldset key={list[0]?.county.id} className="county-group">
                  <legend lang={zh}>{list[0]?.county.name}</legend>
                  {list.map((x) => (
                    <label key={x.township.id} className="check" data-township-name={x.township.name}>
                      <input
                        type="checkbox"
                        name="township"
                        value={x.township.id}
                        defaultChecked={selected.includes(x.township.id)}
                      />{" "}
                      <span lang={zh}>{x.township.name}</span>
                      {x.township.demo ? (
                        <>
                          {" "}
                          <span className="demo-badge">{t("demoBadge")}</span>
                        </>
                      ) : null}
                    </label>
                  ))}
                </fieldset>
              ))}
            </fieldset>
            <div className="field-row">
              <SelectField
                id="from"
                name="from"
                label={t("exploreFrom")}
                value={String(from ?? firstYear)}
                options={yearOptions(choosableYears)}
              />
              <SelectField
                id="to"
                name="to"
                label={t("exploreTo")}
                value={String(to ?? lastYear)}
                options={yearOptions(choosableYears)}
              />
            </div>
            <button type="submit">{t("exploreShow")}</button>
          </form>
          <div
            id="explorer-result"
            className="explorer-result"
            data-updated={t("exploreUpdated", { name: "{name}" })}
          >
            <h2>
              {name} <span className="unit">（{unit}）</span>
            </h2>
            <p className="note">
              <a href={paths.indicator(definition.code)}>{t("exploreAboutIndicator", { name })}</a>
              {definition.description ? ` · ${definition.description}` : ""}
            </p>
            {selected.length === 0 ? (
              <p className="notice">{t("exploreNoTownships")}</p>
            ) : points.length === 0 ? (
              <p className="notice">{t("exploreNoData")}</p>
            ) : (
              <ChartAndTable
                points={points}
                unit={unit}
                name={name}
                nameOf={nameOf}
                ctx={ctx}
                selected={selected}
              />
            )}
            <section aria-labelledby="downloads-heading" className="downloads-box">
              <h3 id="downloads-heading">{t("downloads")}</h3>
              <ul className="downloads">
                <li>
                  {t("exploreDownloadShown")}:{" "}
                  <a href={openData.seriesCsv(definition.code, selection)}>CSV</a> ·{" "}
                  <a href={openData.seriesJson(definition.code, selection)}>JSON</a>
                </li>
                <li>
                  {t("exploreDownloadAll")}: <a href={openData.seriesCsv(definition.code)}>CSV</a> ·{" "}
                  <a href={openData.seriesJson(definition.code)}>JSON</a>
                </li>
                <li>
                  <a href={paths.indicatorMetadata(definition.code)}>{t("exploreDownloadMeta")}（JSON）</a>
                </li>
              </ul>
            </section>
          </div>
        </div>
      </>
    ),
  };
}

function ChartAndTable({
  points,
  unit,
  name,
  nameOf,
  ctx,
  selected,
}: {
  points: ObservationPoint[];
  unit: string;
  name: string;
  nameOf: Map<string, string>;
  ctx: PageContext;
  selected: string[];
}) {
  const { t, lang, paths } = ctx;
  const zh = lang === "en" ? "zh-CN" : undefined;
  const text = (p: ObservationPoint) =>
    p.value === null ? `${p.decimal}${p.unit}` : `${formatNumber(p.value)}${unit}`;
  const order = selected.filter((id) => points.some((p) => p.townshipId === id));
  const chartSeries: ChartSeries[] = order.map((id) => ({
    key: id,
    label: nameOf.get(id) ?? id,
    points: points
      .filter((p) => p.townshipId === id && p.kind === "actual" && p.value !== null)
      .map((p) => ({ year: p.year, value: p.value as number, text: text(p) })),
    targets: points
      .filter((p) => p.townshipId === id && p.kind === "target" && p.value !== null)
      .map((p) => ({ year: p.year, value: p.value as number, text: text(p) })),
  }));
  const years = points.map((p) => p.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  const hasForecast = points.some((p) => p.kind === "forecast");
  // One row per township and year; the kinds of figure side by side.
  const rows = new Map<string, { townshipId: string; year: number; byKind: Map<string, ObservationPoint> }>();
  for (const p of points) {
    const key = `${p.townshipId}|${p.year}`;
    const row = rows.get(key) ?? { townshipId: p.townshipId, year: p.year, byKind: new Map() };
    row.byKind.set(p.kind, p);
    rows.set(key, row);
  }
  const sorted = [...rows.values()].sort(
    (a, b) => order.indexOf(a.townshipId) - order.indexOf(b.townshipId) || a.year - b.year,
  );
  const cell = (p: ObservationPoint | undefined) =>
    p ? (
      <a
        href={`${paths.report(p.reportId)}#f-${p.observationId}`}
        title={t("actualReportedIn", { year: p.reportYear })}
      >
        {p.value === null ? <span lang={zh}>{`${p.decimal}${p.unit}`}</span> : formatNumber(p.value)}
      </a>
    ) : (
      t("notApplicable")
    );
  return (
    <div className="switch" data-switch>
      {/* Shown only where scripts run (CSS `scripting`), so that enhancing the page moves nothing. */}
      <fieldset className="switch-buttons js-only no-print">
        <legend className="visually-hidden">{t("exploreShow")}</legend>
        <button type="button" data-show="chart" aria-pressed="true">
          {t("exploreChart")}
        </button>
        <button type="button" data-show="table" aria-pressed="false">
          {t("exploreTable")}
        </button>
      </fieldset>
      <figure data-panel="chart" className="chart-panel">
        {/* On a phone the chart keeps a legible size and scrolls sideways; focusable so the keyboard can scroll it. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
        <div className="chart-scroll" tabIndex={0}>
          <LineChart
            title={t("exploreChartTitle", { name, unit })}
            description={t("exploreChartDesc", {
              townships: order.map((id) => nameOf.get(id) ?? id).join(t("listSeparator")),
              from,
              to,
              name,
              n: points.length,
            })}
            unit={unit}
            series={chartSeries}
            targetLabel={t("colTarget")}
            yearLabel={(year) => (lang === "zh" ? `${year}年` : String(year))}
          />
        </div>
        <figcaption>
          <ul className="legend">
            {chartSeries.map((s, i) => (
              <li key={s.key} className={`series-${i % 8}`}>
                <span className={`swatch marker-${i % 4}`} aria-hidden="true" />{" "}
                <span lang={zh}>{s.label}</span>
              </li>
            ))}
            <li>
              <span className="swatch swatch-target" aria-hidden="true" /> {t("colTarget")}
            </li>
          </ul>
        </figcaption>
      </figure>
      <div data-panel="table" className="table-scroll">
        <table className="series-table">
          <caption>{t("exploreChartTitle", { name, unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colTownship")}</th>
              <th scope="col">{t("colYear")}</th>
              <th scope="col" className="num">
                {t("colActual")}
              </th>
              <th scope="col" className="num">
                {t("colTarget")}
              </th>
              {hasForecast ? (
                <th scope="col" className="num">
                  {t("kind_forecast")}
                </th>
              ) : null}
              <th scope="col" className="num">
                {t("colYoy")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => {
              const actual = row.byKind.get("actual");
              return (
                <tr key={`${row.townshipId}-${row.year}`} data-township={row.townshipId} data-year={row.year}>
                  <th scope="row" lang={zh}>
                    {nameOf.get(row.townshipId) ?? row.townshipId}
                  </th>
                  <td>{row.year}</td>
                  <td className="num" data-kind="actual">
                    {cell(actual)}
                  </td>
                  <td className="num" data-kind="target">
                    {cell(row.byKind.get("target"))}
                  </td>
                  {hasForecast ? (
                    <td className="num" data-kind="forecast">
                      {cell(row.byKind.get("forecast"))}
                    </td>
                  ) : null}
                  <td className="num">
                    {actual?.yoyPct === null || actual?.yoyPct === undefined
                      ? t("notApplicable")
                      : formatPercentChange(actual.yoyPct)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

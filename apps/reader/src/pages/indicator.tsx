import { formatPeriod, formatQuantityAsWritten, INDICATOR_CATEGORY_LABELS } from "@gongkai/domain";
import { DemoBadge, figureAnchor, kindLabel } from "../components";
import { pick } from "../i18n";
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from "../layout/breadcrumbs";
import { openData } from "../server/paths";
import { type Page, type PageContext, PageNotFound } from "./page";

/**
 * One indicator of the catalogue: its definition, unit, category and aliases, the townships that report it, and
 * every recent figure with the sentence of the report it was read from.
 */
export async function indicatorPage(ctx: PageContext, params: Record<string, string>): Promise<Page> {
  const { t, paths, lang, reads, origin } = ctx;
  const code = params.code ?? "";
  const [page, directory] = await Promise.all([reads.indicator(code), reads.directory()]);
  if (!page) throw new PageNotFound();
  const demo = new Set(
    directory.counties.flatMap((c) => c.townships.filter((x) => x.township.demo).map((x) => x.township.id)),
  );
  const d = page.definition;
  const name = lang === "zh" ? d.name : d.nameEn;
  const zh = lang === "en" ? "zh-CN" : undefined;
  const crumbs: Crumb[] = [
    { label: t("navHome"), href: paths.home() },
    { label: t("indicatorsTitle"), href: paths.indicators() },
    { label: name, href: paths.indicator(d.code) },
  ];
  const years = page.observations.map((o) => o.year);
  // How the published reports actually name it, beyond the catalogue's aliases.
  const written = [...new Set(page.observations.map((o) => o.subject.trim()))].filter(
    (x) => x && !d.aliases.includes(x),
  );
  const direction =
    d.higherIsBetter === null
      ? t("directionDepends")
      : d.higherIsBetter
        ? t("higherIsBetter")
        : t("lowerIsBetter");
  const description =
    lang === "zh"
      ? `指标“${d.name}”（${d.unit}）的定义，${page.townships.length} 个乡镇报告的历年数据及其在报告原文中的出处。`
      : `The indicator “${d.nameEn}” (${d.unit}): its definition, and the figures ${page.townships.length} townships report, each with the sentence it comes from.`;
  return {
    nav: "indicators",
    head: {
      title: `${name}（${d.unit}）`,
      description,
      path: `/indicators/${encodeURIComponent(d.code)}`,
      jsonLd: [
        {
          "@context": "https://schema.org",
          "@type": "Dataset",
          name: `${d.name}（${d.unit}）`,
          alternateName: [d.nameEn, ...d.aliases.filter((a) => a !== d.name)],
          description: `${d.description ?? d.name}。${description}`,
          url: origin + paths.indicator(d.code),
          identifier: d.code,
          keywords: [pick(INDICATOR_CATEGORY_LABELS[d.category], "zh"), ...d.aliases],
          variableMeasured: { "@type": "PropertyValue", name: d.name, unitText: d.unit },
          spatialCoverage: page.townships.map((x) => ({ "@type": "AdministrativeArea", name: x.township })),
          ...(years.length ? { temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}` } : {}),
          isAccessibleForFree: true,
          distribution: [
            {
              "@type": "DataDownload",
              encodingFormat: "text/csv",
              contentUrl: origin + openData.seriesCsv(d.code),
            },
            {
              "@type": "DataDownload",
              encodingFormat: "application/json",
              contentUrl: origin + openData.seriesJson(d.code),
            },
          ],
        },
        breadcrumbJsonLd(crumbs, origin),
      ],
    },
    body: (
      <>
        <Breadcrumbs lang={lang} crumbs={crumbs} />
        <h1>
          {name} <span className="unit">（{d.unit}）</span>
        </h1>
        <p className="lead">{d.description ?? t("noDescription")}</p>
        <dl className="facts">
          <div>
            <dt>{t("indicatorCode")}</dt>
            <dd>
              <code>{d.code}</code>
            </dd>
          </div>
          <div>
            <dt>{t("indicatorUnit")}</dt>
            <dd>{d.unit}</dd>
          </div>
          <div>
            <dt>{t("indicatorCategory")}</dt>
            <dd>{pick(INDICATOR_CATEGORY_LABELS[d.category], lang)}</dd>
          </div>
          <div>
            <dt>{t("indicatorDirection")}</dt>
            <dd>{direction}</dd>
          </div>
          <div>
            <dt>{t("indicatorAliases")}</dt>
            <dd lang={zh}>{d.aliases.join("、")}</dd>
          </div>
          {written.length ? (
            <div>
              <dt>{t("indicatorSubjects")}</dt>
              <dd lang={zh}>{written.join("、")}</dd>
            </div>
          ) : null}
        </dl>
        <p>
          <a href={paths.explorer({ indicator: d.code })}>{t("indicatorExplore")}</a> ·{" "}
          <a href={paths.indicatorMetadata(d.code)}>{t("indicatorMetadataJson")}</a> ·{" "}
          <a href={openData.seriesCsv(d.code)}>{t("exploreDownloadAll")}（CSV）</a>
        </p>

        <section aria-labelledby="townships-heading">
          <h2 id="townships-heading">{t("indicatorTownships")}</h2>
          {page.townships.length === 0 ? (
            <p>{t("indicatorTownshipsEmpty")}</p>
          ) : (
            <ul className="inline-list">
              {page.townships.map((x) => (
                <li key={x.townshipId}>
                  <a href={paths.explorer({ indicator: d.code, township: x.townshipId })} lang={zh}>
                    {x.township}
                  </a>{" "}
                  {demo.has(x.townshipId) ? <DemoBadge lang={lang} /> : null}
                  <span className="item-meta">
                    {x.firstYear === x.lastYear ? x.firstYear : `${x.firstYear}—${x.lastYear}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        {page.observations.length ? (
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t("indicatorFigures")}</h2>
            <p className="note">{t("indicatorFiguresNote", { n: page.observations.length })}</p>
            <div className="table-scroll">
              <table className="figures">
                <thead>
                  <tr>
                    <th scope="col">{t("colTownship")}</th>
                    <th scope="col">{t("colPeriod")}</th>
                    <th scope="col">{t("colKind")}</th>
                    <th scope="col" className="num">
                      {t("colValue")}
                    </th>
                    <th scope="col">{t("colSource")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.observations.map((o) => (
                    <tr key={o.observationId}>
                      <th scope="row">
                        <a href={paths.township(o.townshipId)} lang={zh}>
                          {o.township}
                        </a>
                        {demo.has(o.townshipId) ? <DemoBadge lang={lang} /> : null}
                      </th>
                      <td>{formatPeriod(o.period, lang)}</td>
                      <td>{kindLabel(o.kind, lang)}</td>
                      <td className="num" lang={zh}>
                        {formatQuantityAsWritten(o.decimal, o.unit, o.qualifier)}
                      </td>
                      <td>
                        <a href={`${paths.report(o.reportId)}#${figureAnchor(o.observationId)}`} lang={zh}>
                          {o.quote ? `“${o.quote}”` : t("actualReportedIn", { year: o.reportYear })}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}
      </>
    ),
  };
}

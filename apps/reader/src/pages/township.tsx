import type { PublicReads } from "@gongkai/api";
import { findIndicator, REPORT_KIND_LABELS } from "@gongkai/domain";
import { Sparkline } from "../charts";
import { DemoBadge, Time } from "../components";
import { formatNumber } from "../format";
import { pick } from "../i18n";
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from "../layout/breadcrumbs";
import { type Page, type PageContext, PageNotFound } from "./page";
import { PromisesTable } from "./promises-table";

const HEADLINE_COUNT = 6;
const HEADLINE_YEARS = 5;

/** A township: its reports by year and kind, headline indicators as small trends, and its targets' results. */
export async function townshipPage(ctx: PageContext, params: Record<string, string>): Promise<Page> {
  const { t, paths, lang, reads, origin } = ctx;
  const id = params.id ?? "";
  const page = await reads.township(id);
  if (!page) throw new PageNotFound();
  const { township, county, city, province } = page;
  const zh = lang === "en" ? "zh-CN" : undefined;
  const [headline, promises] = await Promise.all([
    headlineSeries(
      reads,
      id,
      page.reports.map((r) => r.id),
    ),
    reads.promises({ townshipId: id }),
  ]);
  const years = [...new Set(headline.flatMap((h) => h.points.map((p) => p.year)))]
    .sort((a, b) => a - b)
    .slice(-HEADLINE_YEARS);
  const byYear = new Map<number, typeof page.reports>();
  for (const r of page.reports) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
  const crumbs: Crumb[] = [
    { label: t("navHome"), href: paths.home() },
    { label: township.name, href: paths.township(id), lang: zh },
  ];
  const place = [province?.name, city?.name, county?.name].filter(Boolean).join(" ");
  const description =
    lang === "zh"
      ? `${place} ${township.name}历年政府工作报告 ${page.reports.length} 篇，主要指标历年变化，以及每年预期目标的完成情况。`
      : `${page.reports.length} work reports of ${township.name} (${place}), its headline indicators across the years, and whether its targets were met.`;
  return {
    head: {
      title: lang === "zh" ? `${township.name}政府工作报告` : `${township.name}: work reports`,
      description,
      path: `/townships/${encodeURIComponent(id)}`,
      jsonLd: [
        {
          "@context": "https://schema.org",
          "@type": "AdministrativeArea",
          name: township.name,
          url: origin + paths.township(id),
          ...(township.code ? { identifier: township.code } : {}),
          ...(county ? { containedInPlace: { "@type": "AdministrativeArea", name: county.name } } : {}),
        },
        breadcrumbJsonLd(crumbs, origin),
      ],
    },
    body: (
      <>
        <Breadcrumbs lang={lang} crumbs={crumbs} />
        <h1 lang={zh}>
          {township.name} {township.demo ? <DemoBadge lang={lang} /> : null}
        </h1>
        <p className="lead" lang={zh}>
          {place}
        </p>
        {township.demo ? <p className="demo-notice">{t("demoNotice")}</p> : null}

        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t("townshipReports")}</h2>
          {page.reports.length === 0 ? <p>{t("noReportsYet")}</p> : null}
          <dl className="by-year">
            {[...byYear.entries()].map(([year, list]) => (
              <div key={year}>
                <dt>{lang === "zh" ? `${year}年` : year}</dt>
                {list.map((r) => (
                  <dd key={r.id}>
                    <a href={paths.report(r.id)} lang={zh}>
                      {r.title}
                    </a>{" "}
                    <span className="item-meta">
                      {pick(REPORT_KIND_LABELS[r.kind], lang)} · <Time date={r.publishedAt} lang={lang} />
                    </span>
                    {r.corrected ? (
                      <span className="badge badge-correction">{t("correctionBadge")}</span>
                    ) : null}
                    {r.demo ? <DemoBadge lang={lang} /> : null}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="headline-heading">
          <h2 id="headline-heading">{t("townshipHeadline")}</h2>
          {headline.length === 0 ? (
            <p>{t("townshipHeadlineEmpty")}</p>
          ) : (
            <>
              <p className="note">{t("townshipHeadlineNote")}</p>
              <div className="table-scroll">
                <table className="headline">
                  <thead>
                    <tr>
                      <th scope="col">{t("colIndicator")}</th>
                      <th scope="col">{t("trend")}</th>
                      {years.map((y) => (
                        <th key={y} scope="col" className="num">
                          {y}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {headline.map((h) => {
                      const name = lang === "zh" ? h.name : h.nameEn;
                      const first = h.points[0]?.year ?? 0;
                      const last = h.points[h.points.length - 1]?.year ?? 0;
                      return (
                        <tr key={h.code}>
                          <th scope="row">
                            <a href={paths.indicator(h.code)}>{name}</a>
                            <span className="unit">（{h.unit}）</span>
                          </th>
                          <td>
                            <Sparkline
                              points={h.points}
                              label={t("trendLabel", { name, from: first, to: last })}
                            />
                          </td>
                          {years.map((y) => {
                            const p = h.points.find((x) => x.year === y);
                            return (
                              <td key={y} className="num">
                                {p ? formatNumber(p.value) : t("notApplicable")}
                              </td>
                            );
                          })}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p>
                <a href={paths.explorer({ indicator: headline[0]?.code, township: id })}>
                  {t("townshipInExplorer")}
                </a>
              </p>
            </>
          )}
        </section>

        <section aria-labelledby="promises-heading">
          <h2 id="promises-heading">{t("townshipPromises")}</h2>
          {promises.length === 0 ? (
            <p>{t("promisesEmpty")}</p>
          ) : (
            <PromisesTable
              entries={promises}
              lang={lang}
              t={t}
              paths={paths}
              showTownship={false}
              caption={t("promisesFor", { name: township.name })}
            />
          )}
        </section>
      </>
    ),
  };
}

interface Headline {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  points: Array<{ year: number; value: number }>;
}

/** The indicators this township reports in the most years, with their whole-year actual figures. */
async function headlineSeries(
  reads: PublicReads,
  townshipId: string,
  reportIds: string[],
): Promise<Headline[]> {
  const reports = await Promise.all(reportIds.map((id) => reads.report(id)));
  const yearsOf = new Map<string, Set<number>>();
  for (const r of reports) {
    if (r?.status !== "published") continue;
    for (const o of r.report.observations) {
      if (!o.indicatorCode || o.kind !== "actual" || !o.confirmed || o.period?.type !== "year") continue;
      yearsOf.set(o.indicatorCode, (yearsOf.get(o.indicatorCode) ?? new Set()).add(o.period.year));
    }
  }
  const codes = [...yearsOf.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .slice(0, HEADLINE_COUNT)
    .map(([code]) => code);
  const series = await Promise.all(codes.map((code) => reads.series({ code, townshipIds: [townshipId] })));
  return series.flatMap((s) => {
    if (!s) return [];
    const points = s.points
      .filter((p) => p.kind === "actual" && p.value !== null)
      .map((p) => ({ year: p.year, value: p.value as number }))
      .sort((a, b) => a.year - b.year);
    const d = findIndicator(s.definition.code) ?? s.definition;
    return points.length ? [{ code: d.code, name: d.name, nameEn: d.nameEn, unit: s.unit, points }] : [];
  });
}

import { REPORT_KIND_LABELS } from "@gongkai/domain";
import { ReportView } from "../components";
import { formatDate, shanghaiIsoDate } from "../format";
import { pick } from "../i18n";
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from "../layout/breadcrumbs";
import { openData } from "../server/paths";
import { type Page, type PageContext, PageNotFound } from "./page";

/** A published report: title block, contents, text with figures, key indicators, neighbours and downloads. */
export async function reportPage(ctx: PageContext, params: Record<string, string>): Promise<Page> {
  const { t, paths, lang, reads, origin } = ctx;
  const id = params.id ?? "";
  const versionParam = ctx.url.searchParams.get("version");
  const version = versionParam && /^\d{1,6}$/.test(versionParam) ? Number(versionParam) : undefined;
  const found = await reads.report(id, { version });
  if (!found) throw new PageNotFound(t("notFoundReport", { id }));
  const zh = lang === "en" ? "zh-CN" : undefined;

  if (found.status === "withdrawn") {
    const n = found.notice;
    return {
      status: 410,
      head: {
        title: t("withdrawnTitle"),
        description: n.title,
        path: `/reports/${encodeURIComponent(id)}`,
        noindex: true,
      },
      body: (
        <div className="message-page">
          <h1>{t("withdrawnTitle")}</h1>
          <p>
            {t("withdrawnBody", {
              title: n.title,
              date: formatDate(n.withdrawnAt, lang),
              reason: n.reason || t("none"),
            })}
          </p>
          <p>
            <a href={paths.township(n.townshipId)}>{t("withdrawnOther", { township: n.township })}</a>
          </p>
        </div>
      ),
    };
  }

  const { report, summary, township, county, publications } = found;
  const promises = await reads.promises({ townshipId: township.id });
  const progress = new Map<string, (typeof promises)[number]["status"]>();
  for (const p of promises) {
    if (p.target.reportId === report.id) progress.set(p.target.observationId, p.status);
    if (p.actual?.reportId === report.id && p.status !== "not_reported")
      progress.set(p.actual.observationId, p.status);
  }
  const corrections = publications.filter((p) => p.changeNote && p.version <= found.version);
  const crumbs: Crumb[] = [
    { label: t("navHome"), href: paths.home() },
    { label: township.name, href: paths.township(township.id), lang: zh },
    {
      label: report.title,
      href: paths.report(report.id, found.isLatest ? undefined : found.version),
      lang: zh,
    },
  ];
  const kind = pick(REPORT_KIND_LABELS[report.kind], lang);
  const firstText = report.sections.map((s) => s.text).find((x) => x.trim()) ?? "";
  const description =
    lang === "zh"
      ? `${township.name}${report.year}年${kind}全文，${formatDate(summary.publishedAt, lang)}发布。${firstText.slice(0, 60)}…`
      : `Full text of the ${kind.toLowerCase()} of ${township.name} for ${report.year}, published ${formatDate(summary.publishedAt, lang)}: ${report.title}.`;

  return {
    scripts: ["reader"],
    head: {
      title: report.title,
      description,
      path: `/reports/${encodeURIComponent(report.id)}${found.isLatest ? "" : `?version=${found.version}`}`,
      ogType: "article",
      jsonLd: [
        {
          "@context": "https://schema.org",
          "@type": "Report",
          name: report.title,
          headline: report.title,
          url: origin + paths.report(report.id),
          inLanguage: "zh-CN",
          datePublished: shanghaiIsoDate(summary.firstPublishedAt),
          dateModified: shanghaiIsoDate(summary.publishedAt),
          version: String(found.version),
          genre: REPORT_KIND_LABELS[report.kind].zh,
          ...(report.presenter
            ? {
                author: {
                  "@type": "Person",
                  name: report.presenter.name,
                  jobTitle: report.presenter.title ?? undefined,
                },
              }
            : {}),
          publisher: {
            "@type": "GovernmentOrganization",
            name: report.disclosure?.publisher ?? `${township.name}人民政府`,
          },
          spatialCoverage: {
            "@type": "AdministrativeArea",
            name: township.name,
            ...(county ? { containedInPlace: { "@type": "AdministrativeArea", name: county.name } } : {}),
          },
          temporalCoverage: String(report.year),
          encoding: {
            "@type": "MediaObject",
            contentUrl: origin + openData.report(report.id),
            encodingFormat: "application/json",
          },
        },
        breadcrumbJsonLd(crumbs, origin),
      ],
    },
    body: (
      <>
        <Breadcrumbs lang={lang} crumbs={crumbs} />
        <ReportView
          report={report}
          township={township}
          county={county}
          lang={lang}
          links={paths}
          publication={{ version: found.version, publishedAt: summary.publishedAt }}
          progress={progress}
          demo={summary.demo}
          notices={
            <>
              {!found.isLatest ? (
                <p className="notice" role="note">
                  {t("oldVersionNotice", { n: found.version })}{" "}
                  <a href={paths.report(report.id)}>{t("readLatestVersion")}</a>
                </p>
              ) : null}
              {corrections.length ? (
                <section className="corrections" aria-labelledby="corrections-heading">
                  <h2 id="corrections-heading">{t("corrections")}</h2>
                  <ul>
                    {publications
                      .filter((p) => p.version <= found.version)
                      .map((p, i) => (
                        <li key={p.version}>
                          {i === 0 ? (
                            t("firstPublication", { date: formatDate(p.publishedAt, lang), n: p.version })
                          ) : (
                            <>
                              {t("correctionNote", {
                                date: formatDate(p.publishedAt, lang),
                                n: p.version,
                                note: "",
                              })}
                              <span lang={zh}>{p.changeNote}</span>{" "}
                              {p.version !== found.version ? (
                                <a href={paths.report(report.id, p.version)}>
                                  {t("versionN", { n: p.version })}
                                </a>
                              ) : null}
                            </>
                          )}
                        </li>
                      ))}
                  </ul>
                </section>
              ) : null}
            </>
          }
        />
        <div className="report-aside no-print">
          {found.previous || found.next ? (
            <nav className="neighbours" aria-label={t("otherYears")}>
              {found.previous ? (
                <a rel="prev" href={paths.report(found.previous.id)}>
                  ← {t("previousReport", { title: found.previous.title })}
                </a>
              ) : null}
              {found.next ? (
                <a rel="next" href={paths.report(found.next.id)}>
                  {t("nextReport", { title: found.next.title })} →
                </a>
              ) : null}
            </nav>
          ) : null}
          <section aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{t("downloads")}</h2>
            <ul className="downloads">
              <li>
                <a href={openData.report(report.id)} type="application/json" download={`${report.id}.json`}>
                  {t("downloadReportJson")}
                </a>
              </li>
              <li>
                <a
                  href={paths.reportFiguresCsv(report.id)}
                  type="text/csv"
                  download={`${report.id}-figures.csv`}
                >
                  {t("downloadFiguresCsv")}
                </a>
              </li>
            </ul>
            <button type="button" className="js-only" data-print>
              {t("printReport")}
            </button>
          </section>
        </div>
      </>
    ),
  };
}

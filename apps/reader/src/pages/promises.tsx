import type { PromiseEntry } from "@gongkai/api";
import { findIndicator, IndicatorCode, PROGRESS_LABELS, type ProgressStatus } from "@gongkai/domain";
import { SelectField, yearOptions } from "../components";
import { pick } from "../i18n";
import type { Page, PageContext } from "./page";
import { PromisesTable } from "./promises-table";

const STATUSES: ProgressStatus[] = ["met", "on_track", "not_met", "not_reported"];

/**
 * Targets set in year N's plan against what year N+1's review reports. Without a filter, an overview by township
 * and by indicator; with one (township, indicator, year), every target that matches.
 */
export async function promisesPage(ctx: PageContext): Promise<Page> {
  const { t, paths, lang, reads, url } = ctx;
  const zh = lang === "en" ? "zh-CN" : undefined;
  const directory = await reads.directory();
  const townships = directory.counties.flatMap((c) => c.townships.filter((x) => x.reportCount > 0));
  const known = new Set(townships.map((x) => x.township.id));
  const townshipParam = url.searchParams.get("township") ?? "";
  const indicatorParam = url.searchParams.get("indicator") ?? "";
  const yearParam = url.searchParams.get("year") ?? "";
  const townshipId = known.has(townshipParam) ? townshipParam : undefined;
  const code =
    IndicatorCode.safeParse(indicatorParam).success && findIndicator(indicatorParam)
      ? indicatorParam
      : undefined;
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : undefined;
  const filtered = townshipId !== undefined || code !== undefined || year !== undefined;

  // The overview gathers the targets of every indicator that has figures: one cached read per indicator, however
  // many townships there are.
  const withFigures = (await reads.indicators()).filter((e) => e.observationCount > 0);
  const all = (await Promise.all(withFigures.map((e) => reads.promises({ code: e.definition.code })))).flat();
  const entries = filtered ? await reads.promises({ townshipId, code, year }) : all;
  const years = [...new Set(all.map((e) => e.year))].sort((a, b) => b - a);
  const codes = [...new Set(all.map((e) => e.indicatorCode))];
  const nameOf = (c: string) => {
    const d = findIndicator(c);
    return d ? (lang === "zh" ? d.name : d.nameEn) : c;
  };
  const townshipName = townships.find((x) => x.township.id === townshipId)?.township.name;
  const title = townshipName ? t("promisesFor", { name: townshipName }) : t("promisesTitle");
  const path = `/promises${filtered ? `?${new URLSearchParams(Object.entries({ township: townshipId, indicator: code, year: year?.toString() }).filter((e): e is [string, string] => !!e[1]))}` : ""}`;

  return {
    nav: "promises",
    head: { title, description: t("promisesLead"), path },
    body: (
      <>
        <h1 lang={townshipName ? zh : undefined}>{title}</h1>
        <p className="lead">{t("promisesLead")}</p>
        <form className="filters" method="get" action={paths.promises()}>
          <SelectField
            id="p-township"
            name="township"
            label={t("filterTownship")}
            value={townshipId ?? ""}
            any={t("searchAnyTownship")}
            options={townships.map((x) => ({ value: x.township.id, label: x.township.name }))}
          />
          <SelectField
            id="p-indicator"
            name="indicator"
            label={t("colIndicator")}
            value={code ?? ""}
            any={t("promisesAnyIndicator")}
            options={codes.map((c) => ({ value: c, label: nameOf(c) }))}
          />
          <SelectField
            id="p-year"
            name="year"
            label={t("filterYear")}
            value={year?.toString() ?? ""}
            any={t("searchAnyYear")}
            options={yearOptions(years)}
          />
          <button type="submit">{t("promisesFilter")}</button>
        </form>

        {filtered ? (
          <>
            <p>
              <a href={paths.promises()}>{t("promisesAll")}</a>
            </p>
            {entries.length === 0 ? (
              <p className="notice">{t("promisesEmpty")}</p>
            ) : (
              <>
                <StatusSummary entries={entries} ctx={ctx} />
                <PromisesTable
                  entries={entries}
                  lang={lang}
                  t={t}
                  paths={paths}
                  showTownship={!townshipId}
                  caption={title}
                />
              </>
            )}
          </>
        ) : (
          <>
            <section aria-labelledby="by-township">
              <h2 id="by-township">{t("promisesByTownship")}</h2>
              <CountTable
                ctx={ctx}
                caption={t("promisesByTownship")}
                firstColumn={t("colTownship")}
                rows={townships.map((x) => ({
                  key: x.township.id,
                  label: x.township.name,
                  labelLang: zh,
                  href: paths.promises({ township: x.township.id }),
                  entries: all.filter((e) => e.townshipId === x.township.id),
                }))}
              />
            </section>
            <section aria-labelledby="by-indicator">
              <h2 id="by-indicator">{t("promisesByIndicator")}</h2>
              <CountTable
                ctx={ctx}
                caption={t("promisesByIndicator")}
                firstColumn={t("colIndicator")}
                rows={codes.map((c) => ({
                  key: c,
                  label: nameOf(c),
                  labelLang: undefined,
                  href: paths.promises({ indicator: c }),
                  entries: all.filter((e) => e.indicatorCode === c),
                }))}
              />
            </section>
          </>
        )}
      </>
    ),
  };
}

function StatusSummary({ entries, ctx }: { entries: PromiseEntry[]; ctx: PageContext }) {
  return (
    <ul className="status-summary">
      {STATUSES.map((s) => (
        <li key={s} className={`status status-${s}`}>
          {pick(PROGRESS_LABELS[s], ctx.lang)}: {entries.filter((e) => e.status === s).length}
        </li>
      ))}
    </ul>
  );
}

function CountTable({
  ctx,
  caption,
  firstColumn,
  rows,
}: {
  ctx: PageContext;
  caption: string;
  firstColumn: string;
  rows: Array<{
    key: string;
    label: string;
    labelLang: string | undefined;
    href: string;
    entries: PromiseEntry[];
  }>;
}) {
  const { t, lang } = ctx;
  const shown = rows.filter((r) => r.entries.length > 0);
  if (!shown.length) return <p>{t("promisesEmpty")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col" className="num">
              {t("promisesTotal")}
            </th>
            {STATUSES.map((s) => (
              <th key={s} scope="col" className="num">
                {pick(PROGRESS_LABELS[s], lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                <a href={r.href} lang={r.labelLang}>
                  {r.label}
                </a>
              </th>
              <td className="num">{r.entries.length}</td>
              {STATUSES.map((s) => (
                <td key={s} className="num">
                  {r.entries.filter((e) => e.status === s).length}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

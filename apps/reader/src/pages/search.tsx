import type { PublicSearchResult } from "@gongkai/api";
import { INDICATOR_CATALOGUE, REPORT_KIND_LABELS, ReportKind } from "@gongkai/domain";
import { DemoBadge, SelectField, Time, yearOptions } from "../components";
import { pick } from "../i18n";
import { queryString } from "../server/paths";
import type { Page, PageContext } from "./page";

const PAGE_SIZE = 10;
const MAX_QUERY = 100;

/** Chinese full-text search with highlighted snippets, filters and pages; a search without hits suggests a way on. */
export async function searchPage(ctx: PageContext): Promise<Page> {
  const { t, paths, lang, reads, url } = ctx;
  const zh = lang === "en" ? "zh-CN" : undefined;
  const sp = url.searchParams;
  const q = (sp.get("q") ?? "").trim().slice(0, MAX_QUERY);
  const directory = await reads.directory();
  const counties = directory.counties.map((c) => c.county);
  const townships = directory.counties.flatMap((c) =>
    c.townships.filter((x) => x.reportCount > 0).map((x) => x.township),
  );
  const county = counties.find((c) => c.id === sp.get("county"))?.id;
  const township = townships.find((x) => x.id === sp.get("township"))?.id;
  const yearText = sp.get("year") ?? "";
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const kindParsed = ReportKind.safeParse(sp.get("kind"));
  const kind = kindParsed.success ? kindParsed.data : undefined;
  const pageText = sp.get("page") ?? "";
  const page = /^\d{1,4}$/.test(pageText) && Number(pageText) > 0 ? Number(pageText) : 1;
  const years = [...new Set(directory.counties.flatMap((c) => c.townships.flatMap((x) => x.years)))].sort(
    (a, b) => b - a,
  );
  const filters = { county, township, year, kind };
  const hasFilters = Object.values(filters).some((v) => v !== undefined);

  const result: PublicSearchResult | null = q
    ? await reads.search({ q, countyId: county, townshipId: township, year, kind, page, pageSize: PAGE_SIZE })
    : null;
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 0;
  const pageUrl = (n: number) => paths.search({ q, ...filters, page: n > 1 ? n : undefined });
  const title = q ? t("searchResultsTitle", { q }) : t("searchTitle");

  return {
    nav: "search",
    scripts: [],
    head: {
      title,
      description: q
        ? `${t("searchResultsTitle", { q })}: ${t("searchCount", { n: result?.total ?? 0 })}`
        : t("searchIntro"),
      path: `/search${queryString({ q, ...filters, page: page > 1 ? page : undefined })}`,
    },
    body: (
      <>
        <h1>{title}</h1>
        <search>
          <form className="search-form" method="get" action={paths.search()}>
            <div className="field search-field">
              <label htmlFor="search-q">{t("searchLabel")}</label>
              <div className="search-row">
                <input
                  id="search-q"
                  type="search"
                  name="q"
                  defaultValue={q}
                  placeholder={t("searchPlaceholder")}
                  maxLength={MAX_QUERY}
                />
                <button type="submit">{t("searchButton")}</button>
              </div>
            </div>
            <fieldset className="filters">
              <legend>{t("searchFilters")}</legend>
              <SelectField
                id="search-county"
                name="county"
                label={t("filterCounty")}
                value={county ?? ""}
                any={t("searchAnyCounty")}
                options={counties.map((c) => ({ value: c.id, label: c.name }))}
              />
              <SelectField
                id="search-township"
                name="township"
                label={t("filterTownship")}
                value={township ?? ""}
                any={t("searchAnyTownship")}
                options={townships.map((x) => ({ value: x.id, label: x.name }))}
              />
              <SelectField
                id="search-year"
                name="year"
                label={t("filterYear")}
                value={year?.toString() ?? ""}
                any={t("searchAnyYear")}
                options={yearOptions(years)}
              />
              <SelectField
                id="search-kind"
                name="kind"
                label={t("filterKind")}
                value={kind ?? ""}
                any={t("searchAnyKind")}
                options={ReportKind.options.map((k) => ({
                  value: k,
                  label: pick(REPORT_KIND_LABELS[k], lang),
                }))}
              />
            </fieldset>
          </form>
        </search>

        {!result ? (
          <p>{t("searchIntro")}</p>
        ) : result.total === 0 ? (
          <NoHits ctx={ctx} q={q} hasFilters={hasFilters} townships={townships} />
        ) : (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading">
              {t("searchCount", { n: result.total })}
              {pages > 1 ? <small> · {t("pageOf", { page, pages })}</small> : null}
            </h2>
            <ol className="results" start={(page - 1) * PAGE_SIZE + 1}>
              {result.hits.map((h) => (
                <li key={h.reportId}>
                  <h3>
                    <a href={paths.report(h.reportId)} lang={zh}>
                      {h.title}
                    </a>{" "}
                    {h.demo ? <DemoBadge lang={lang} /> : null}
                  </h3>
                  <p className="item-meta">
                    <span className="hit-place" lang={zh}>
                      {h.township} · {h.county}
                    </span>{" "}
                    · {h.year} · {pick(REPORT_KIND_LABELS[h.kind], lang)} ·{" "}
                    <Time date={h.publishedAt} lang={lang} /> ·{" "}
                    {t("matchedIn", { where: t(`matchedIn_${h.matchedIn}`) })}
                  </p>
                  <p className="snippet" lang={zh}>
                    {h.snippet.map((part, i) =>
                      // biome-ignore lint/suspicious/noArrayIndexKey: snippet parts are positional
                      part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                    )}
                  </p>
                </li>
              ))}
            </ol>
            {pages > 1 ? (
              <nav className="pagination" aria-label={t("pagination")}>
                <ul>
                  {page > 1 ? (
                    <li>
                      <a href={pageUrl(page - 1)} rel="prev">
                        {t("previousPage")}
                      </a>
                    </li>
                  ) : null}
                  {pageNumbers(page, pages).map((n) => (
                    <li key={n}>
                      <a
                        href={pageUrl(n)}
                        aria-current={n === page ? "page" : undefined}
                        aria-label={t("pageN", { n })}
                      >
                        {n}
                      </a>
                    </li>
                  ))}
                  {page < pages ? (
                    <li>
                      <a href={pageUrl(page + 1)} rel="next">
                        {t("nextPage")}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </section>
        )}
      </>
    ),
  };
}

/** At most seven page numbers around the current one. */
export function pageNumbers(page: number, pages: number): number[] {
  const from = Math.max(1, Math.min(page - 3, pages - 6));
  const to = Math.min(pages, from + 6);
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

function NoHits({
  ctx,
  q,
  hasFilters,
  townships,
}: {
  ctx: PageContext;
  q: string;
  hasFilters: boolean;
  townships: Array<{ id: string; name: string }>;
}) {
  const { t, paths, lang } = ctx;
  const compact = q.replace(/\s+/g, "");
  // Chinese words are short: the first two characters of a long phrase usually still find something.
  const shorter = compact.length > 2 ? compact.slice(0, 2) : null;
  const indicators = INDICATOR_CATALOGUE.filter((d) =>
    d.aliases.some((a) => compact.includes(a) || (compact.length >= 2 && a.includes(compact))),
  ).slice(0, 3);
  const places = townships
    .filter((x) => compact.includes(x.name.replace(/[镇乡]$|街道$/, "")) || x.name.includes(compact))
    .slice(0, 3);
  return (
    <section className="no-hits" aria-labelledby="no-hits-heading">
      <h2 id="no-hits-heading">{t("searchNoHits", { q })}</h2>
      <p>{t("searchSuggestions")}</p>
      <ul>
        {hasFilters ? (
          <li>
            <a href={paths.search({ q })}>{t("searchSuggestNoFilters")}</a>
          </li>
        ) : null}
        {shorter ? (
          <li>
            <a href={paths.search({ q: shorter })}>{t("searchSuggestShorter", { q: shorter })}</a>
          </li>
        ) : null}
        {indicators.map((d) => (
          <li key={d.code}>
            <a href={paths.indicator(d.code)}>
              {t("searchSuggestIndicator", { name: lang === "zh" ? d.name : d.nameEn })}
            </a>
          </li>
        ))}
        {places.map((x) => (
          <li key={x.id}>
            <a href={paths.township(x.id)}>{t("searchSuggestTownship", { name: x.name })}</a>
          </li>
        ))}
        <li>
          <a href={paths.home()}>{t("searchSuggestBrowse")}</a>
        </li>
      </ul>
    </section>
  );
}

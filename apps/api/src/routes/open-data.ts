import {
  type ObservationPoint,
  type PublicReportSummary,
  publicPaths,
  type Services,
  toCsv,
} from "@gongkai/api";
import { Id, IndicatorCode, ObservationKind, ReportKind } from "@gongkai/domain";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { buildOpenApi } from "../openapi";
import { json, notFound, publicResponse, queryOf } from "../public-response";
import { siteOrigin } from "../request-info";
import { ResponseCache } from "../response-cache";

const Year = z.coerce.number().int().min(1949).max(2100);
const ListQuery = z.object({
  township: Id.optional(),
  county: Id.optional(),
  year: Year.optional(),
  kind: ReportKind.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
const SeriesQuery = z.object({
  township: z
    .string()
    .max(2000)
    .optional()
    .transform((v) => (v ? v.split(",").filter(Boolean).slice(0, 50) : [])),
  from: Year.optional(),
  to: Year.optional(),
});
const SearchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  township: Id.optional(),
  county: Id.optional(),
  year: Year.optional(),
  kind: ReportKind.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
const PromiseQuery = z
  .object({ township: Id.optional(), indicator: IndicatorCode.optional(), year: Year.optional() })
  .refine((q) => q.township || q.indicator || q.year, {
    message: "give township, indicator or year",
    path: ["township"],
  });
const ComparisonQuery = z.object({ year: Year, county: Id.optional(), kind: ObservationKind.optional() });
const VersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export interface OpenDataOptions {
  publicUrl: string | null;
  trustProxy: boolean;
}

/** What a list of reports says of each: the fields the open-data contract names, and the page's address. */
export function reportEntry(r: PublicReportSummary, origin: string) {
  return {
    id: r.id,
    title: r.title,
    township: r.township,
    townshipId: r.townshipId,
    county: r.county,
    countyId: r.countyId,
    year: r.year,
    kind: r.kind,
    publishedAt: r.publishedAt,
    version: r.version,
    corrected: r.corrected,
    demo: r.demo,
    url: origin + publicPaths.report(r.id),
  };
}

function seriesRows(points: ObservationPoint[], indicator: string, unit: string, origin: string) {
  return points.map((p) => [
    p.indicatorCode,
    indicator,
    p.townshipId,
    p.township,
    p.demo,
    p.year,
    p.periodKey,
    p.kind,
    p.decimal,
    p.unit,
    p.value,
    unit,
    p.yoyPct,
    p.qualifier,
    p.preliminary,
    p.reportId,
    origin + publicPaths.report(p.reportId),
    p.quote,
  ]);
}

const SERIES_HEADER = [
  "indicator_code",
  "indicator",
  "township_id",
  "township",
  "demo",
  "year",
  "period",
  "kind",
  "value",
  "unit",
  "value_in_indicator_unit",
  "indicator_unit",
  "yoy_pct",
  "qualifier",
  "preliminary",
  "report_id",
  "report_url",
  "quote",
];

const csv = (body: string) => ({ body, contentType: "text/csv; charset=utf-8" });

/** `/api/v1`: the open data, documented by `/api/v1/openapi.json`. Published data only, cached, with ETags. */
export function openDataRoutes(services: Services, options: OpenDataOptions): Hono {
  const cache = new ResponseCache();
  const reads = services.reads;
  const origin = (c: Context) => siteOrigin(c, options.publicUrl, options.trustProxy);
  const answer = (
    c: Context,
    render: () => Promise<{ status?: number; body: string; contentType: string }>,
  ) => publicResponse(c, services, cache, render);

  const seriesFor = async (code: string, q: z.output<typeof SeriesQuery>) => {
    let townshipIds = q.township;
    if (!townshipIds.length) {
      const page = await reads.indicator(code);
      if (!page) throw notFound();
      townshipIds = page.townships.map((t) => t.townshipId).slice(0, 50);
    }
    const series = await reads.series({ code, townshipIds, fromYear: q.from, toYear: q.to });
    if (!series) throw notFound();
    return series;
  };

  return new Hono()
    .get("/openapi.json", (c) => answer(c, async () => json(buildOpenApi(origin(c)))))
    .get("/reports", (c) =>
      answer(c, async () => {
        const q = queryOf(c, ListQuery);
        const list = await reads.reports({
          townshipId: q.township,
          countyId: q.county,
          year: q.year,
          kind: q.kind,
          page: q.page,
          pageSize: q.pageSize,
        });
        return json({ ...list, items: list.items.map((r) => reportEntry(r, origin(c))) });
      }),
    )
    .get("/reports.csv", (c) =>
      answer(c, async () => {
        const q = queryOf(c, ListQuery.omit({ page: true, pageSize: true }));
        const rows: unknown[][] = [];
        for (let page = 1; page <= 1000; page++) {
          const list = await reads.reports({
            townshipId: q.township,
            countyId: q.county,
            year: q.year,
            kind: q.kind,
            page,
            pageSize: 100,
          });
          for (const r of list.items) {
            const e = reportEntry(r, origin(c));
            rows.push([
              e.id,
              e.title,
              e.township,
              e.townshipId,
              e.county,
              e.countyId,
              e.year,
              e.kind,
              e.publishedAt,
              e.version,
              e.corrected,
              e.demo,
              e.url,
            ]);
          }
          if (page * 100 >= list.total) break;
        }
        const header = [
          "id",
          "title",
          "township",
          "township_id",
          "county",
          "county_id",
          "year",
          "kind",
          "published_at",
          "version",
          "corrected",
          "demo",
          "url",
        ];
        return csv(toCsv(header, rows));
      }),
    )
    .get("/reports/:id", (c) =>
      answer(c, async () => {
        const { version } = queryOf(c, VersionQuery);
        const found = await reads.report(c.req.param("id"), { version });
        if (!found) throw notFound();
        if (found.status === "withdrawn") {
          return json({ status: "withdrawn", notice: found.notice }, 410);
        }
        return json({
          ...reportEntry(found.summary, origin(c)),
          firstPublishedAt: found.summary.firstPublishedAt,
          shownVersion: found.version,
          isLatest: found.isLatest,
          publications: found.publications,
          township: found.township,
          county: found.county,
          previous: found.previous,
          next: found.next,
          report: found.report,
        });
      }),
    )
    .get("/places", (c) => answer(c, async () => json(await reads.directory())))
    .get("/indicators", (c) => answer(c, async () => json(await reads.indicators())))
    .get("/indicators/:code", (c) =>
      answer(c, async () => {
        const page = await reads.indicator(c.req.param("code"));
        if (!page) throw notFound();
        return json(page);
      }),
    )
    .get("/indicators/:code/series", (c) =>
      answer(c, async () => json(await seriesFor(c.req.param("code"), queryOf(c, SeriesQuery)))),
    )
    .get("/indicators/:code/series.csv", (c) =>
      answer(c, async () => {
        const s = await seriesFor(c.req.param("code"), queryOf(c, SeriesQuery));
        return csv(toCsv(SERIES_HEADER, seriesRows(s.points, s.definition.name, s.unit, origin(c))));
      }),
    )
    .get("/indicators/:code/comparison", (c) =>
      answer(c, async () => {
        const q = queryOf(c, ComparisonQuery);
        const s = await reads.comparison({
          code: c.req.param("code"),
          year: q.year,
          countyId: q.county,
          kind: q.kind,
        });
        if (!s) throw notFound();
        return json(s);
      }),
    )
    .get("/promises", (c) =>
      answer(c, async () => {
        const q = queryOf(c, PromiseQuery);
        return json(await reads.promises({ townshipId: q.township, code: q.indicator, year: q.year }));
      }),
    )
    .get("/search", (c) =>
      answer(c, async () => {
        const q = queryOf(c, SearchQuery);
        return json(
          await reads.search({
            q: q.q,
            townshipId: q.township,
            countyId: q.county,
            year: q.year,
            kind: q.kind,
            page: q.page,
            pageSize: q.pageSize,
          }),
        );
      }),
    );
}

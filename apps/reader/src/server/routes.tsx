import type { Logger, PublicReads } from "@gongkai/api";
import { AppError, ERROR_CODES, errorBody, toAppError, toCsv } from "@gongkai/api";
import { findIndicator, formatPeriod } from "@gongkai/domain";
import { type Context, Hono } from "hono";
import { type Lang, translator } from "../i18n";
import { errorPage, notFoundPage, unavailablePage } from "../pages/errors";
import { explorerPage } from "../pages/explorer";
import { homePage } from "../pages/home";
import { indicatorPage } from "../pages/indicator";
import { indicatorsPage } from "../pages/indicators";
import { type Page, type PageContext, type PageHandler, PageNotFound } from "../pages/page";
import { promisesPage } from "../pages/promises";
import { reportPage } from "../pages/report";
import { searchPage } from "../pages/search";
import { townshipPage } from "../pages/township";
import { loadAssets, type ReaderAssets } from "./assets";
import { FAVICON_SVG } from "./favicon";
import { siteOrigin } from "./origin";
import { type CachedResponse, encodedBody, PageCache, pickEncoding } from "./page-cache";
import { openData, pathsFor } from "./paths";
import { bareErrorPage, renderDocument } from "./render";

export interface ReaderOptions {
  /** The public read service (`services.reads`), called directly: pages never go through HTTP or tRPC. */
  reads: PublicReads;
  /** The built islands and stylesheet; by default `loadAssets()` reads Vite's build in apps/reader/dist. */
  assets?: ReaderAssets;
  /** The site's public address (PUBLIC_URL) for canonical links; null takes the request's. */
  publicUrl?: string | null;
  /** Believe one proxy's X-Forwarded-* headers (TRUST_PROXY). */
  trustProxy?: boolean;
  /** Keep rendered pages in memory (default true); seconds an entry may live (default 60). */
  cache?: boolean;
  cacheSeconds?: number;
  logger?: Pick<Logger, "error"> | null;
}

/** Reading pages may be kept a minute by browsers and proxies, and served stale while they revalidate. */
export const HTML_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
const ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";

const PAGES: Array<[string, PageHandler]> = [
  ["/", homePage],
  ["/townships/:id", townshipPage],
  ["/reports/:id", reportPage],
  ["/indicators", indicatorsPage],
  ["/indicators/:code", indicatorPage],
  ["/explore", explorerPage],
  ["/promises", promisesPage],
  ["/search", searchPage],
];

/**
 * The reader: every public page in Chinese at `/…` and in English at `/en/…`, rendered on the server from the
 * read service and cached per URL for the current publication generation, with ETags; the built assets; the
 * report figures as CSV; indicator metadata as JSON; robots.txt. apps/api mounts it at `/`.
 */
export function readerRoutes(options: ReaderOptions): Hono {
  const { reads } = options;
  const assets = options.assets ?? loadAssets();
  const publicUrl = options.publicUrl ?? null;
  const trustProxy = options.trustProxy ?? false;
  const useCache = options.cache ?? true;
  const cache = new PageCache(1_000, (options.cacheSeconds ?? 60) * 1000);
  const app = new Hono();

  const contextOf = (c: Context, lang: Lang): PageContext => ({
    lang,
    t: translator(lang),
    paths: pathsFor(lang),
    reads,
    url: new URL(c.req.url),
    origin: siteOrigin(c.req.raw, publicUrl, trustProxy),
  });

  const renderPage = async (ctx: PageContext, handler: PageHandler, params: Record<string, string>) => {
    let page: Page;
    try {
      page = await handler(ctx, params);
    } catch (e) {
      if (e instanceof PageNotFound) page = notFoundPage(ctx, e.detail);
      // An address the store refuses outright (a NUL in an id) names nothing: not found, not a failure.
      else if (toAppError(e).status < 500) page = notFoundPage(ctx, null);
      else {
        options.logger?.error("reader page failed", {
          path: ctx.url.pathname,
          error: String((e as Error).stack ?? e),
        });
        page = toAppError(e).code === "UNAVAILABLE" ? unavailablePage(ctx) : errorPage(ctx);
      }
    }
    try {
      return {
        status: page.status ?? 200,
        contentType: "text/html; charset=utf-8",
        body: renderDocument(page, ctx, assets),
      };
    } catch (e) {
      options.logger?.error("reader render failed", {
        path: ctx.url.pathname,
        error: String((e as Error).stack ?? e),
      });
      return { status: 500, contentType: "text/html; charset=utf-8", body: bareErrorPage(ctx.lang) };
    }
  };

  /** Answers from the cache, or renders and caches; negotiates the encoding and honours If-None-Match. */
  const respond = async (
    c: Context,
    key: string,
    render: () => Promise<{ status: number; contentType: string; body: string }>,
  ) => {
    const started = performance.now();
    // Pages answer their own failures; the CSV and JSON routes fail here, as plain text in both languages.
    const guarded = async () => {
      try {
        return await render();
      } catch (e) {
        const error = toAppError(e);
        // An id the store refuses outright (a NUL in it) names nothing: not found, not a failure.
        if (error.status < 500) {
          return { status: 404, contentType: "text/plain; charset=utf-8", body: "找不到 / not found\n" };
        }
        options.logger?.error("reader route failed", {
          path: c.req.path,
          error: String((e as Error).stack ?? e),
        });
        const { status, zh, en } = ERROR_CODES[error.code === "UNAVAILABLE" ? "UNAVAILABLE" : "INTERNAL"];
        return { status, contentType: "text/plain; charset=utf-8", body: `${zh} / ${en}\n` };
      }
    };
    const { response, hit } = useCache
      ? await cache.get(key, reads.generation, guarded)
      : await new PageCache(0).get(key, reads.generation, guarded);
    return send(c, response, {
      "cache-control":
        response.status === 200
          ? HTML_CACHE_CONTROL
          : response.status >= 500
            ? "no-store"
            : "public, max-age=60",
      "server-timing": hit ? "cache;desc=hit" : `render;dur=${(performance.now() - started).toFixed(1)}`,
      // The store is restarting or out of reach: worth another try in a few seconds.
      ...(response.status === 503 ? { "retry-after": "5" } : {}),
    });
  };

  const cacheKey = (c: Context, ctx: PageContext) => {
    const url = new URL(c.req.url);
    url.searchParams.sort();
    return `${ctx.origin}${url.pathname}?${url.searchParams}`;
  };

  for (const lang of ["zh", "en"] as const) {
    for (const [path, handler] of PAGES) {
      const routes = lang === "zh" ? [path] : path === "/" ? ["/en", "/en/"] : [`/en${path}`];
      for (const route of routes) {
        app.get(route, (c) => {
          const ctx = contextOf(c, lang);
          return respond(c, cacheKey(c, ctx), () =>
            renderPage(ctx, handler, c.req.param() as Record<string, string>),
          );
        });
      }
    }
  }

  app.get("/reports/:id/figures.csv", (c) => {
    const ctx = contextOf(c, "zh");
    return respond(c, cacheKey(c, ctx), async () => {
      const found = await reads.report(c.req.param("id"));
      if (found?.status !== "published") {
        return {
          status: found ? 410 : 404,
          contentType: "text/plain; charset=utf-8",
          body: "找不到该报告 / no such report\n",
        };
      }
      const { report, township } = found;
      const url = ctx.origin + ctx.paths.report(report.id);
      const rows = report.observations
        .filter((o) => o.confirmed)
        .map((o) => {
          const d = o.indicatorCode ? findIndicator(o.indicatorCode) : undefined;
          return [
            report.id,
            report.title,
            township.name,
            report.year,
            o.id,
            o.indicatorCode ?? "",
            d?.name ?? "",
            o.subject,
            o.kind,
            o.measure,
            o.period ? formatPeriod(o.period) : "",
            o.decimal,
            o.unit,
            o.qualifier,
            o.comparisons.yoyPct,
            o.preliminary,
            o.provenance?.quote ?? "",
            `${url}#f-${o.id}`,
          ];
        });
      const header = [
        "report_id",
        "report_title",
        "township",
        "report_year",
        "observation_id",
        "indicator_code",
        "indicator",
        "subject",
        "kind",
        "measure",
        "period",
        "value",
        "unit",
        "qualifier",
        "yoy_pct",
        "preliminary",
        "quote",
        "url",
      ];
      return { status: 200, contentType: "text/csv; charset=utf-8", body: toCsv(header, rows) };
    });
  });

  app.get("/indicators/:code/metadata.json", (c) => {
    const ctx = contextOf(c, "zh");
    return respond(c, cacheKey(c, ctx), async () => {
      const code = c.req.param("code");
      const [page, entries] = await Promise.all([reads.indicator(code), reads.indicators()]);
      const entry = entries.find((e) => e.definition.code === code);
      if (!page || !entry) {
        return {
          status: 404,
          contentType: "application/json; charset=utf-8",
          body: JSON.stringify(errorBody(new AppError("NOT_FOUND"))),
        };
      }
      const body = {
        ...entry.definition,
        townshipCount: entry.townshipCount,
        observationCount: entry.observationCount,
        firstYear: entry.firstYear,
        lastYear: entry.lastYear,
        townships: page.townships,
        page: ctx.origin + ctx.paths.indicator(code),
        series: { csv: ctx.origin + openData.seriesCsv(code), json: ctx.origin + openData.seriesJson(code) },
      };
      return {
        status: 200,
        contentType: "application/json; charset=utf-8",
        body: JSON.stringify(body, null, 2),
      };
    });
  });

  app.get("/assets/:file", (c) => {
    const file = assets.files.get(c.req.path);
    if (!file) return c.text("not found", 404);
    const encoding = pickEncoding(c.req.header("accept-encoding"));
    const body = encoding === "br" ? file.brotli : encoding === "gzip" ? file.gzip : file.body;
    const headers: Record<string, string> = {
      "content-type": file.contentType,
      "cache-control": ASSET_CACHE_CONTROL,
      vary: "accept-encoding",
    };
    if (encoding) headers["content-encoding"] = encoding;
    return new Response(c.req.method === "HEAD" ? null : new Uint8Array(body), { headers });
  });

  const favicon = (c: Context) =>
    c.body(FAVICON_SVG, 200, { "content-type": "image/svg+xml", "cache-control": "public, max-age=86400" });
  app.get("/favicon.svg", favicon);
  app.get("/favicon.ico", favicon);

  app.get("/robots.txt", (c) =>
    c.text(
      `User-agent: *\nAllow: /\n\nSitemap: ${siteOrigin(c.req.raw, publicUrl, trustProxy)}${openData.sitemap}\n`,
      200,
      {
        "cache-control": "public, max-age=3600",
      },
    ),
  );

  app.on(["GET", "HEAD"], "*", (c) => {
    const lang: Lang = c.req.path === "/en" || c.req.path.startsWith("/en/") ? "en" : "zh";
    const ctx = contextOf(c, lang);
    return respond(c, cacheKey(c, ctx), async () => ({
      status: 404,
      contentType: "text/html; charset=utf-8",
      body: renderDocument(notFoundPage(ctx, null), ctx, assets),
    }));
  });
  app.all("*", (c) => c.text("只支持 GET / only GET and HEAD\n", 405, { allow: "GET, HEAD" }));
  // Downloads that fail: an id the store refuses is not found; anything else is logged and a plain 500.
  app.onError((e, c) => {
    if (toAppError(e).status < 500) return c.text("找不到 / not found\n", 404);
    options.logger?.error("reader download failed", {
      path: c.req.path,
      error: String((e as Error).stack ?? e),
    });
    return c.text("服务器内部错误 / internal server error\n", 500, { "cache-control": "no-store" });
  });
  return app;
}

function send(c: Context, entry: CachedResponse, extra: Record<string, string>): Response {
  const encoding = pickEncoding(c.req.header("accept-encoding"));
  const headers: Record<string, string> = {
    "content-type": entry.contentType,
    etag: entry.etag,
    vary: "accept-encoding",
    ...extra,
  };
  const match = c.req
    .header("if-none-match")
    ?.split(/\s*,\s*/)
    .includes(entry.etag);
  if (entry.status === 200 && match) return new Response(null, { status: 304, headers });
  const body = encodedBody(entry, encoding);
  if (encoding) headers["content-encoding"] = encoding;
  return new Response(c.req.method === "HEAD" ? null : new Uint8Array(body), {
    status: entry.status,
    headers,
  });
}

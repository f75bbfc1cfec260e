import { publicPaths } from "@gongkai/api";
import type { ReportLinks } from "../components";
import type { Lang } from "../i18n";

/*
 * The reader's addresses in each language. Chinese pages live where `publicPaths` (shared with the sitemap, the
 * feed and the open data) says; English pages are the same path under /en.
 */

type Query = Record<string, string | number | readonly string[] | undefined | null>;

/** A query string from the values that are set, in a stable order, `?` included when not empty. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.append(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** A Chinese path as the other language has it: /reports/x ↔ /en/reports/x, / ↔ /en/. */
export function inLanguage(path: string, lang: Lang): string {
  const zh =
    path === "/en" || path.startsWith("/en/") || path.startsWith("/en?") ? path.slice(3) || "/" : path;
  const normal = zh.startsWith("?") ? `/${zh}` : zh;
  return lang === "en" ? `/en${normal}` : normal;
}

export interface Paths extends ReportLinks {
  lang: Lang;
  home(): string;
  report(id: string, version?: number): string;
  reportFiguresCsv(id: string): string;
  township(id: string): string;
  indicators(): string;
  indicator(code: string): string;
  indicatorMetadata(code: string): string;
  explorer(query?: Query): string;
  promises(query?: Query): string;
  search(query?: Query): string;
}

export function pathsFor(lang: Lang): Paths {
  const at = (path: string) => inLanguage(path, lang);
  return {
    lang,
    home: () => at(publicPaths.home()),
    report: (id, version) => at(publicPaths.report(id, version)),
    reportFiguresCsv: (id) => `/reports/${encodeURIComponent(id)}/figures.csv`,
    township: (id) => at(publicPaths.township(id)),
    indicators: () => at("/indicators"),
    indicator: (code) => at(publicPaths.indicator(code)),
    indicatorMetadata: (code) => `/indicators/${encodeURIComponent(code)}/metadata.json`,
    explorer: (query) => at(publicPaths.explorer() + queryString(query)),
    promises: (query) => at(publicPaths.promises() + queryString(query)),
    search: (query) => at(publicPaths.search() + queryString(query)),
  };
}

/** The open data's addresses (apps/api serves them under /api/v1). */
export const openData = {
  report: (id: string) => `/api/v1/reports/${encodeURIComponent(id)}`,
  seriesCsv: (code: string, query?: Query) =>
    `/api/v1/indicators/${encodeURIComponent(code)}/series.csv${queryString(query)}`,
  seriesJson: (code: string, query?: Query) =>
    `/api/v1/indicators/${encodeURIComponent(code)}/series${queryString(query)}`,
  openapi: "/api/v1/openapi.json",
  feed: "/feed.xml",
  sitemap: "/sitemap.xml",
} as const;

import { z } from "zod";
import { IndicatorDefinition } from "../indicator";
import { Place } from "../place";
import { Report } from "../report";
import { ApiError } from "./api-error";
import { Directory } from "./directory";
import { IndicatorEntry } from "./indicator-entry";
import { IndicatorPage } from "./indicator-page";
import { ObservationPoint } from "./observation-point";
import { PromiseEntry } from "./promise-entry";
import { WithdrawnReport } from "./public-report";
import { ReportDetail, ReportEntry, ReportEntryList } from "./report-entry";
import { PublicSearchResult } from "./search-result";
import { Series } from "./series";

/** The named shapes of `/api/v1`: an OpenAPI component each, named by the key. */
export const OPEN_DATA_SCHEMAS = {
  Report,
  Place,
  IndicatorDefinition,
  ReportEntry,
  ReportEntryList,
  ReportDetail,
  WithdrawnReport,
  Directory,
  IndicatorEntry,
  IndicatorCatalogue: z.array(IndicatorEntry),
  IndicatorPage,
  ObservationPoint,
  Series,
  PromiseEntry,
  PromiseList: z.array(PromiseEntry),
  PublicSearchResult,
  Error: ApiError,
} as const;
export type OpenDataSchemaName = keyof typeof OPEN_DATA_SCHEMAS;

/**
 * JSON Schemas (draft 2020-12, the dialect of OpenAPI 3.1) of the open-data shapes, as answers carry them
 * (`io: "output"`: fields with defaults are present), referring to each other as `#/components/schemas/<name>`.
 * Refinements are not representable and are left out; nothing else in these shapes is unrepresentable, so any
 * such type is an error here rather than a silent `{}`.
 * @example openDataJsonSchemas().ReportEntry.properties.url // { type: "string", format: "uri" }
 */
export function openDataJsonSchemas(): Record<OpenDataSchemaName, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(OPEN_DATA_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: "output",
    target: "draft-2020-12",
    unrepresentable: "throw",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const out = {} as Record<OpenDataSchemaName, Record<string, unknown>>;
  for (const name of Object.keys(OPEN_DATA_SCHEMAS) as OpenDataSchemaName[]) {
    const {
      $schema: _schema,
      $id: _id,
      id: _named,
      ...rest
    } = (schemas[name] ?? {}) as Record<string, unknown>;
    out[name] = rest;
  }
  return out;
}

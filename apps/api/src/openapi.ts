import { ObservationKind, type OpenDataSchemaName, openDataJsonSchemas, ReportKind } from "@gongkai/domain";

// The components are generated from the domain's zod schemas once: they are the same for every request.
let components: ReturnType<typeof openDataJsonSchemas> | null = null;

/**
 * The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. The response shapes are the domain's
 * open-data schemas (`OPEN_DATA_SCHEMAS`), converted by zod's `toJSONSchema`; only the paths and parameters are
 * written here.
 */
export function buildOpenApi(origin: string) {
  components ??= openDataJsonSchemas();
  const ref = (name: OpenDataSchemaName) => ({ $ref: `#/components/schemas/${name}` });
  const param = (name: string, description: string, schema: object, required = false, where = "query") => ({
    name,
    in: where,
    required,
    description,
    schema,
  });
  const year = { type: "integer", minimum: 1949, maximum: 2100 };
  const id = { type: "string", maxLength: 64 };
  const filters = [
    param("township", "乡镇 id / township id", id),
    param("county", "县 id / county id", id),
    param("year", "报告年度 / report year", year),
    param("kind", "报告类型 / report kind", { type: "string", enum: ReportKind.options }),
  ];
  const paging = [
    param("page", "页码 / page, from 1", { type: "integer", minimum: 1, default: 1 }),
    param("pageSize", "每页条数 / page size", { type: "integer", minimum: 1, maximum: 100, default: 50 }),
  ];
  const jsonResponse = (description: string, schema: object) => ({
    description,
    content: { "application/json": { schema } },
  });
  const csvResponse = (description: string) => ({
    description: `${description} (UTF-8 with BOM, for Excel)`,
    content: { "text/csv": { schema: { type: "string" } } },
  });
  const error = ref("Error");
  const errors = {
    "400": jsonResponse("参数有误 / a parameter is invalid (the field is named)", error),
    "404": jsonResponse("未找到 / not found", error),
  };
  const code = param(
    "code",
    "指标代码 / indicator code, e.g. fiscal_revenue",
    { type: "string" },
    true,
    "path",
  );
  const seriesParams = [
    code,
    param("township", "乡镇 id，逗号分隔；省略则为全部 / township ids, comma-separated; all when omitted", {
      type: "string",
    }),
    param("from", "起始年 / first year", year),
    param("to", "截止年 / last year", year),
  ];
  return {
    openapi: "3.1.0",
    info: {
      title: "公开 gongkai 开放数据 / open data",
      version: "1",
      description:
        "已发布的乡镇政府工作报告、指标与目标完成情况。只含已发布内容；响应带 ETag 与 Cache-Control。" +
        "JSON 中的时间为 UTC（ISO 8601，以 Z 结尾）；CSV 与 Atom 中的时间为北京时间（ISO 8601，带 +08:00）。" +
        " Published township government work reports, their indicators and whether targets were met. Published content only;" +
        " responses carry ETags and Cache-Control. Times in JSON are UTC (ISO 8601 ending in Z); times in CSV and the Atom" +
        " feed are Asia/Shanghai (ISO 8601 with +08:00), as the site shows them.",
      license: { name: "Open data" },
    },
    servers: [{ url: `${origin}/api/v1` }],
    paths: {
      "/reports": {
        get: {
          summary: "已发布报告列表 / published reports",
          parameters: [...filters, ...paging],
          responses: {
            "200": jsonResponse("报告列表 / a page of reports", ref("ReportEntryList")),
            ...errors,
          },
        },
      },
      "/reports.csv": {
        get: {
          summary: "已发布报告列表 CSV / published reports as CSV",
          parameters: filters,
          responses: { "200": csvResponse("报告列表") },
        },
      },
      "/reports/{id}": {
        get: {
          summary: "一份已发布报告（章节与指标）/ one published report with its sections and indicators",
          parameters: [
            param("id", "报告 id / report id", id, true, "path"),
            param("version", "已发布的某一版本 / a given published version", { type: "integer", minimum: 1 }),
          ],
          responses: {
            "200": jsonResponse(
              "报告 / the report; `report` is the whole document (sections, observations)",
              ref("ReportDetail"),
            ),
            "410": jsonResponse("已撤回，附撤回说明 / withdrawn, with the notice", ref("WithdrawnReport")),
            ...errors,
          },
        },
      },
      "/places": {
        get: {
          summary: "县与乡镇目录 / counties and townships",
          responses: { "200": jsonResponse("目录 / the directory", ref("Directory")) },
        },
      },
      "/indicators": {
        get: {
          summary: "指标目录 / the indicator catalogue",
          responses: { "200": jsonResponse("指标 / the catalogue", ref("IndicatorCatalogue")) },
        },
      },
      "/indicators/{code}": {
        get: {
          summary: "一个指标：定义、填报乡镇、数据出处 / one indicator with its sources",
          parameters: [code],
          responses: { "200": jsonResponse("指标 / the indicator", ref("IndicatorPage")), ...errors },
        },
      },
      "/indicators/{code}/series": {
        get: {
          summary: "指标历年数据 / an indicator across years",
          parameters: seriesParams,
          responses: {
            "200": jsonResponse("序列 / the series (value in the indicator's unit)", ref("Series")),
            ...errors,
          },
        },
      },
      "/indicators/{code}/series.csv": {
        get: {
          summary: "指标历年数据 CSV / the series as CSV",
          parameters: seriesParams,
          responses: { "200": csvResponse("序列"), ...errors },
        },
      },
      "/indicators/{code}/comparison": {
        get: {
          summary: "某年各乡镇比较 / one year across townships",
          parameters: [
            code,
            param("year", "年份 / year", year, true),
            param("county", "县 id / county id", id),
            param("kind", "实际、目标或预计 / actual (default), target or forecast", {
              type: "string",
              enum: ObservationKind.options,
            }),
          ],
          responses: { "200": jsonResponse("比较 / one year across townships", ref("Series")), ...errors },
        },
      },
      "/promises": {
        get: {
          summary: "目标完成情况 / targets against later actuals",
          parameters: [
            param("township", "乡镇 id", id),
            param("indicator", "指标代码 / indicator code", { type: "string" }),
            param("year", "目标年份 / target year", year),
          ],
          responses: {
            "200": jsonResponse("目标与实际 / targets and actuals", ref("PromiseList")),
            ...errors,
          },
        },
      },
      "/search": {
        get: {
          summary: "全文检索 / full-text search (Chinese)",
          parameters: [
            param("q", "检索词 / query", { type: "string", maxLength: 100 }, true),
            ...filters,
            ...paging,
          ],
          responses: {
            "200": jsonResponse("结果与摘要 / hits with highlighted snippets", ref("PublicSearchResult")),
            ...errors,
          },
        },
      },
    },
    components: { schemas: components },
  };
}

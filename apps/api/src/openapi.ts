/** The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. */
export function buildOpenApi(origin: string) {
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
    param("kind", "报告类型 / report kind (government_work_report, work_summary, …)", { type: "string" }),
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
  const error = { $ref: "#/components/schemas/Error" };
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
            "200": jsonResponse("报告列表 / a page of reports", {
              type: "object",
              properties: {
                items: { type: "array", items: { $ref: "#/components/schemas/ReportEntry" } },
                total: { type: "integer" },
                page: { type: "integer" },
                pageSize: { type: "integer" },
              },
            }),
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
              {
                $ref: "#/components/schemas/ReportEntry",
              },
            ),
            "410": jsonResponse("已撤回，附撤回说明 / withdrawn, with the notice", { type: "object" }),
            ...errors,
          },
        },
      },
      "/places": {
        get: {
          summary: "县与乡镇目录 / counties and townships",
          responses: { "200": jsonResponse("目录", { type: "object" }) },
        },
      },
      "/indicators": {
        get: {
          summary: "指标目录 / the indicator catalogue",
          responses: { "200": jsonResponse("指标", { type: "array" }) },
        },
      },
      "/indicators/{code}": {
        get: {
          summary: "一个指标：定义、填报乡镇、数据出处 / one indicator with its sources",
          parameters: [code],
          responses: { "200": jsonResponse("指标", { type: "object" }), ...errors },
        },
      },
      "/indicators/{code}/series": {
        get: {
          summary: "指标历年数据 / an indicator across years",
          parameters: seriesParams,
          responses: {
            "200": jsonResponse("序列 / the series (value in the indicator's unit)", { type: "object" }),
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
          ],
          responses: { "200": jsonResponse("比较", { type: "object" }), ...errors },
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
            "200": jsonResponse("目标与实际 / targets and actuals", { type: "array" }),
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
            "200": jsonResponse("结果与摘要 / hits with highlighted snippets", { type: "object" }),
            ...errors,
          },
        },
      },
    },
    components: {
      schemas: {
        ReportEntry: {
          type: "object",
          required: ["id", "title", "township", "year", "kind", "publishedAt", "url"],
          properties: {
            id: { type: "string" },
            title: { type: "string" },
            township: { type: "string", description: "乡镇名称 / township name" },
            townshipId: { type: "string" },
            county: { type: "string" },
            countyId: { type: "string" },
            year: { type: "integer" },
            kind: { type: "string" },
            publishedAt: { type: "string", format: "date-time" },
            version: { type: "integer" },
            corrected: { type: "boolean", description: "发布过更正 / a correction was published" },
            demo: { type: "boolean", description: "演示数据 / demonstration data" },
            url: { type: "string", format: "uri", description: "公开页面地址 / the report's public page" },
          },
        },
        Error: {
          type: "object",
          properties: {
            code: { type: "string" },
            message: { type: "object", properties: { zh: { type: "string" }, en: { type: "string" } } },
            fields: {
              type: "array",
              items: {
                type: "object",
                properties: { path: { type: "string" }, message: { type: "string" } },
              },
            },
          },
        },
      },
    },
  };
}

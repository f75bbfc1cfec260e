import { callerFor, createTestApi, seedWorld, type TestApi, type World } from "@gongkai/api/testing";
import { describeEachEngine } from "@gongkai/db/testing";
import { OPEN_DATA_SCHEMAS, type OpenDataSchemaName, openDataJsonSchemas } from "@gongkai/domain";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app";

type Caller = ReturnType<typeof callerFor>;
type Operation = {
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }>;
};
interface OpenApi {
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, unknown> };
}

describe("the OpenAPI document's components", () => {
  it("are generated from the domain's open-data schemas", () => {
    const schemas = openDataJsonSchemas();
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(OPEN_DATA_SCHEMAS).sort());
    expect(schemas.ReportEntry).toMatchObject({
      type: "object",
      properties: { url: { type: "string", format: "uri" }, publishedAt: { format: "date-time" } },
    });
    // Shapes refer to each other by component, not by copies.
    expect(JSON.stringify(schemas.ReportDetail)).toContain('"$ref":"#/components/schemas/Report"');
    expect(JSON.stringify(schemas)).not.toContain('"$schema"');
  });
});

describeEachEngine("every /api/v1 route answers in the shape its OpenAPI entry names", (engine) => {
  let api: TestApi;
  let world: World;
  let app: Hono;
  let published = "";
  let withdrawn = "";

  const step = async (
    who: Caller,
    reportId: string,
    event: Parameters<Caller["workflow"]["transition"]>[0]["event"],
  ) =>
    who.workflow.transition({ reportId, baseVersion: (await who.reports.get({ reportId })).version, event });
  const figure = (decimal: string, kind: "actual" | "target", year: number) => ({
    indicatorCode: "fiscal_revenue",
    subject: "财政收入",
    decimal,
    unit: "万元",
    qualifier: "exact" as const,
    period: { type: "year" as const, year },
    kind,
    comparisons: { yoyPct: kind === "actual" ? 5 : null, multiple: null, shareOfTargetPct: null },
    provenance: null,
    preliminary: false,
    confirmed: true,
  });
  async function publish(admin: Caller, year: number, text: string, figures: ReturnType<typeof figure>[]) {
    const created = await admin.reports.create({
      townshipId: world.townshipA,
      kind: "government_work_report",
      year,
    });
    let v = (
      await admin.sections.edit({
        reportId: created.reportId,
        baseVersion: 1,
        sectionId: created.report.sections[0]!.id,
        patch: { text },
      })
    ).version;
    for (const observation of figures)
      v = (await admin.indicators.add({ reportId: created.reportId, baseVersion: v, observation })).version;
    for (const f of (await admin.checks.run({ reportId: created.reportId })).findings)
      if (f.severity === "warning")
        await admin.checks.acknowledge({ reportId: created.reportId, key: f.key });
    await step(admin, created.reportId, { type: "submit" });
    await step(admin, created.reportId, { type: "approve" });
    await step(admin, created.reportId, { type: "publish" });
    return created.reportId;
  }

  beforeAll(async () => {
    api = await createTestApi(engine);
    world = await seedWorld(api.services);
    const admin = callerFor(api.services, world.actors.admin);
    await publish(admin, 2023, "全镇完成财政收入2900万元，明年力争达到3000万元。", [
      figure("2900", "actual", 2022),
      figure("3000", "target", 2023),
    ]);
    published = await publish(admin, 2024, "全镇完成财政收入3100万元，樱桃产业兴旺。", [
      figure("3100", "actual", 2023),
    ]);
    withdrawn = await publish(admin, 2022, "将被撤回的报告正文。", [figure("2700", "actual", 2021)]);
    await step(admin, withdrawn, { type: "withdraw", reason: "数据待核实" });
    app = createApp({ services: api.services, publicUrl: "https://gongkai.example.org" });
  });
  afterAll(() => api.close());

  const VALID: Record<string, string> = {
    township: "twp-a",
    county: "cnty-a",
    year: "2023",
    from: "2000",
    to: "2100",
    kind: "government_work_report",
    q: "财政",
    page: "1",
    pageSize: "20",
    indicator: "fiscal_revenue",
    code: "fiscal_revenue",
  };

  it("validates real answers of each documented route with the zod schema of the component it names", async () => {
    const doc = (await (await app.request("/api/v1/openapi.json")).json()) as OpenApi;
    expect(Object.keys(doc.components.schemas).sort()).toEqual(Object.keys(OPEN_DATA_SCHEMAS).sort());
    const checked: string[] = [];
    for (const [template, { get }] of Object.entries(doc.paths)) {
      const ids = template.includes("{id}") ? [published, withdrawn] : [""];
      for (const id of ids) {
        const path = template.replace("{id}", id).replace("{code}", VALID.code ?? "");
        const params = (get.parameters ?? []).filter(
          (p) => p.in === "query" && (p.required || (p.name in VALID && p.name !== "kind")),
        );
        // Every query parameter with a valid value: filters that match the published data.
        const query = params.map((p) => `${p.name}=${encodeURIComponent(VALID[p.name] ?? "")}`).join("&");
        const res = await app.request(`/api/v1${path}${query ? `?${query}` : ""}`);
        const entry = get.responses[String(res.status)];
        expect(entry, `${path} answered ${res.status}, which its entry does not document`).toBeDefined();
        const [type, media] = Object.entries(entry?.content ?? {})[0] ?? [];
        expect(res.headers.get("content-type"), path).toContain(type);
        if (type !== "application/json") continue;
        const name = media?.schema.$ref?.replace("#/components/schemas/", "") as OpenDataSchemaName;
        expect(OPEN_DATA_SCHEMAS[name], `${path} names a component: ${media?.schema.$ref}`).toBeDefined();
        const parsed = OPEN_DATA_SCHEMAS[name].safeParse(await res.json());
        expect(parsed.error?.issues ?? [], `${path} as ${name}`).toEqual([]);
        checked.push(`${res.status} ${name}`);
      }
    }
    // The answers were real data, not empty lists: the published report, its withdrawal, figures and promises.
    expect(checked).toEqual(
      expect.arrayContaining(["200 ReportDetail", "410 WithdrawnReport", "200 Series", "200 PromiseList"]),
    );
    const promises = (await (await app.request("/api/v1/promises?township=twp-a")).json()) as unknown[];
    expect(promises.length).toBeGreaterThan(0);
    const error = await app.request("/api/v1/reports?year=abc");
    expect(error.status).toBe(400);
    expect(OPEN_DATA_SCHEMAS.Error.safeParse(await error.json()).success).toBe(true);
  });
});

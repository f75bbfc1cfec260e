import { describeEachEngine } from "@gongkai/db/testing";
import type { Observation } from "@gongkai/domain";
import { afterAll, beforeAll, expect, it } from "vitest";
import { callerFor, createTestApi, seedWorld, type TestApi, type World } from "../testing";

type Figure = Omit<Observation, "id">;
const figure = (
  kind: Figure["kind"],
  year: number,
  decimal: string,
  unit = "万元",
  yoyPct: number | null = null,
): Figure => ({
  indicatorCode: "fiscal_revenue",
  subject: "财政收入",
  decimal,
  unit,
  qualifier: "exact",
  period: { type: "year", year },
  kind,
  measure: "level",
  comparisons: { yoyPct, multiple: null, shareOfTargetPct: null },
  provenance: null,
  preliminary: false,
  revisions: [],
  confirmed: true,
});

/** 地区生产总值: a level in 亿元, or a growth target (增长6%左右) as a rate in %. */
const gdp = (
  kind: Figure["kind"],
  year: number,
  decimal: string,
  options: { growth?: boolean; yoyPct?: number; qualifier?: Figure["qualifier"] } = {},
): Figure => ({
  ...figure(kind, year, decimal, options.growth ? "%" : "亿元", options.yoyPct ?? null),
  indicatorCode: "gdp",
  subject: "地区生产总值",
  qualifier: options.qualifier ?? "exact",
  measure: options.growth ? "growth" : "level",
});

describeEachEngine("the public read service", (engine) => {
  let api: TestApi;
  let world: World;
  const ids: Record<string, string> = {};
  let publish: (
    who: "editorA" | "editorB",
    reviewer: "reviewerA" | "reviewerB",
    townshipId: string,
    year: number,
    figures: Figure[],
    text: string,
  ) => Promise<string>;
  beforeAll(async () => {
    api = await createTestApi(engine);
    world = await seedWorld(api.services);
    publish = async (
      who: "editorA" | "editorB",
      reviewer: "reviewerA" | "reviewerB",
      townshipId: string,
      year: number,
      figures: Figure[],
      text: string,
    ) => {
      const editor = callerFor(api.services, world.actors[who]);
      const created = await editor.reports.create({ townshipId, kind: "government_work_report", year });
      let v = (
        await editor.sections.edit({
          reportId: created.reportId,
          baseVersion: 1,
          sectionId: created.report.sections[0]!.id,
          patch: { text },
        })
      ).version;
      for (const observation of figures)
        v = (await editor.indicators.add({ reportId: created.reportId, baseVersion: v, observation }))
          .version;
      await editor.workflow.transition({
        reportId: created.reportId,
        baseVersion: v,
        event: { type: "submit" },
      });
      const r = callerFor(api.services, world.actors[reviewer]);
      await r.workflow.transition({ reportId: created.reportId, baseVersion: v, event: { type: "approve" } });
      await r.workflow.transition({ reportId: created.reportId, baseVersion: v, event: { type: "publish" } });
      api.clock.advance(60_000);
      return created.reportId;
    };
    ids.a2023 = await publish(
      "editorA",
      "reviewerA",
      world.townshipA,
      2023,
      [figure("target", 2023, "3000"), gdp("target", 2023, "6", { growth: true, qualifier: "approx" })],
      "全镇财政收入力争达到3000万元。",
    );
    ids.a2024 = await publish(
      "editorA",
      "reviewerA",
      world.townshipA,
      2024,
      [
        figure("actual", 2023, "3100", "万元", 12),
        figure("target", 2024, "3.3", "亿元"),
        gdp("actual", 2023, "10", { yoyPct: 7.2 }),
        gdp("target", 2024, "8", { growth: true, qualifier: "at_least" }),
      ],
      "完成财政收入3100万元，樱桃种植扩大。",
    );
    ids.a2025 = await publish(
      "editorA",
      "reviewerA",
      world.townshipA,
      2025,
      [figure("actual", 2024, "3200"), figure("target", 2025, "3500"), gdp("actual", 2024, "10.5")],
      "完成财政收入3200万元。",
    );
    ids.b2024 = await publish(
      "editorB",
      "reviewerB",
      world.townshipB,
      2024,
      [figure("actual", 2023, "4200")],
      "乙镇完成财政收入4200万元。",
    );
    // A draft never shows.
    await callerFor(api.services, world.actors.editorA).reports.create({
      townshipId: world.townshipA,
      kind: "work_summary",
      year: 2026,
      title: "机密草稿",
    });
  });
  afterAll(() => api.close());

  const reads = () => api.services.reads;

  it("lists townships by county with their published years", async () => {
    const dir = await reads().directory();
    const a = dir.counties.find((c) => c.county.id === world.countyA);
    expect(a?.townships.map((t) => [t.township.name, t.reportCount, t.years])).toEqual([
      ["甲二乡", 0, []],
      ["甲镇", 3, [2025, 2024, 2023]],
    ]);
    expect(a?.city?.name).toBe("广元市");
  });

  it("lists published reports only, filtered and paginated", async () => {
    const all = await reads().reports({});
    expect(all.total).toBe(4);
    expect(all.items.some((r) => r.title === "机密草稿")).toBe(false);
    expect((await reads().reports({ townshipId: world.townshipA, pageSize: 2 })).items).toHaveLength(2);
    expect(
      (await reads().reports({ townshipId: world.townshipA, pageSize: 2, page: 2 })).items.map((r) => r.id),
    ).toEqual([ids.a2023]);
    expect((await reads().reports({ year: 2024 })).items.map((r) => r.township).sort()).toEqual([
      "乙镇",
      "甲镇",
    ]);
    expect((await reads().reports({ countyId: world.countyB })).items.map((r) => r.id)).toEqual([ids.b2024]);
  });

  it("gives a report with its neighbours across years", async () => {
    const r = await reads().report(ids.a2024!);
    if (r?.status !== "published") throw new Error("expected a published report");
    expect([r.previous?.id, r.next?.id]).toEqual([ids.a2023, ids.a2025]);
    expect(r.report.observations).toHaveLength(4);
    expect(r.summary).toMatchObject({ township: "甲镇", county: "甲县", kindLabel: { zh: "政府工作报告" } });
  });

  it("gives an indicator's series for a township across years, in the indicator's unit", async () => {
    const s = await reads().series({ code: "fiscal_revenue", townshipIds: [world.townshipA] });
    expect(s?.unit).toBe("万元");
    expect(s?.points.map((p) => [p.kind, p.year, p.value])).toEqual([
      ["actual", 2023, 3100],
      ["target", 2023, 3000],
      ["actual", 2024, 3200],
      ["target", 2024, 33000],
      ["target", 2025, 3500],
    ]);
  });

  it("compares one indicator across townships for a year", async () => {
    const c = await reads().comparison({ code: "fiscal_revenue", year: 2023 });
    expect(c?.points.map((p) => [p.township, p.value])).toEqual([
      ["乙镇", 4200],
      ["甲镇", 3100],
    ]);
  });

  it("judges each year's targets against what the next year's report says", async () => {
    const p = await reads().promises({ townshipId: world.townshipA, code: "fiscal_revenue" });
    expect(p.map((e) => [e.year, e.status])).toEqual([
      [2025, "not_reported"],
      [2024, "not_met"],
      [2023, "met"],
    ]);
    expect(p.find((e) => e.year === 2023)?.actual?.reportId).toBe(ids.a2024);
    expect(p.find((e) => e.year === 2023)).toMatchObject({ measure: "level", targetAsWritten: "3000万元" });
  });

  it("judges growth targets on the growth the next year's report states, or else on the published levels", async () => {
    const p = await reads().promises({ townshipId: world.townshipA, code: "gdp" });
    expect(
      p.map((e) => [
        e.year,
        e.measure,
        e.targetAsWritten,
        e.achievedGrowthPct,
        e.achievedGrowthSource,
        e.status,
      ]),
    ).toEqual([
      // 10.5亿元 after 10亿元 is 5 %, short of 8 % or more.
      [2024, "growth", "增长8%以上", 5, "computed", "not_met"],
      // The 2024 report states 7.2 % for 2023, above the 6 % planned.
      [2023, "growth", "增长6%左右", 7.2, "stated", "met"],
    ]);
    expect(p[1]?.actual).toMatchObject({ reportId: ids.a2024, decimal: "10", unit: "亿元" });
    expect(p[1]?.target).toMatchObject({ measure: "growth", decimal: "6", unit: "%", qualifier: "approx" });
    expect(p[1]?.statusLabel.zh).toBe("已完成");
  });

  it("keeps growth targets out of an indicator's level series and comparisons", async () => {
    const s = await reads().series({ code: "gdp", townshipIds: [world.townshipA] });
    expect(s?.points.map((p) => [p.kind, p.measure, p.year, p.value])).toEqual([
      ["actual", "level", 2023, 10],
      ["actual", "level", 2024, 10.5],
    ]);
    const c = await reads().comparison({ code: "gdp", year: 2023, kind: "target" });
    expect(c?.points).toEqual([]);
    const page = await reads().indicator("gdp");
    expect(page?.observations.every((o) => o.measure === "level")).toBe(true);
    expect(page?.observations).toHaveLength(2);
  });

  it("counts the catalogue's published data", async () => {
    const list = await reads().indicators();
    expect(list.find((e) => e.definition.code === "fiscal_revenue")).toMatchObject({
      townshipCount: 2,
      observationCount: 6,
    });
    const page = await reads().indicator("fiscal_revenue");
    expect(page?.townships.map((t) => t.township)).toEqual(["甲镇", "乙镇"]);
    expect(await reads().indicator("no_such_code")).toBeNull();
  });

  it("searches with filters and names places in hits", async () => {
    const found = await reads().search({ q: "樱桃" });
    expect(found.hits.map((h) => [h.reportId, h.township, h.county])).toEqual([[ids.a2024, "甲镇", "甲县"]]);
    expect(
      (await reads().search({ q: "财政收入", townshipId: world.townshipB })).hits.map((h) => h.reportId),
    ).toEqual([ids.b2024]);
    expect((await reads().search({ q: "机密草稿" })).total).toBe(0);
  });

  it("lists the latest publications and what the sitemap holds", async () => {
    expect((await reads().latest(2)).map((e) => e.reportId)).toEqual([ids.b2024, ids.a2025]);
    const map = await reads().sitemap();
    expect(map.reports).toHaveLength(4);
    expect(map.indicatorCodes).toEqual(["fiscal_revenue", "gdp"]);
  });

  it("answers searches from memory on PGlite, and a publication or withdrawal shows at once", async () => {
    // On PGlite the index loads (true); on PostgreSQL there is none and searches stay in SQL (false).
    expect(await reads().warmSearch()).toBe(engine === "pglite");
    expect((await reads().search({ q: "蓝莓基地" })).total).toBe(0);
    const id = await publish("editorB", "reviewerB", world.townshipB, 2026, [], "新建蓝莓基地200亩。");
    const found = await reads().search({ q: "蓝莓基地" });
    expect(
      found.hits.map((h) => [h.reportId, h.township, h.snippet.some((p) => p.hit && p.text === "蓝莓基地")]),
    ).toEqual([[id, "乙镇", true]]);
    const current = await callerFor(api.services, world.actors.editorB).reports.get({ reportId: id });
    await callerFor(api.services, world.actors.reviewerB).workflow.transition({
      reportId: id,
      baseVersion: current.version,
      event: { type: "withdraw", reason: "测试撤回" },
    });
    expect((await reads().search({ q: "蓝莓基地" })).total).toBe(0);
  });
});

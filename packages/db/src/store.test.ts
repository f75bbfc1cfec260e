import { readFileSync } from "node:fs";
import { Report } from "@gongkai/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { refreshPublicRecords } from "./public-records";
import { rawRows } from "./raw";
import { auditLog, places, publicObservations, reports, reportVersions } from "./schema";
import { searchPublicReports } from "./search";
import {
  createTestDatabase,
  describeEachEngine,
  publishForTest as publish,
  type TestDatabase,
} from "./testing";

const example = Report.parse(
  JSON.parse(readFileSync(new URL("../../domain/examples/report.json", import.meta.url), "utf8")),
);

async function seedPlaces(db: TestDatabase["db"]) {
  await db.insert(places).values([
    { id: "prv", level: "province", name: "四川省", kind: null, code: null, parentId: null },
    { id: "cty", level: "city", name: "广元市", kind: null, code: null, parentId: "prv" },
    { id: "cnty", level: "county", name: "旺苍县", kind: "县", code: null, parentId: "cty" },
    { id: "twp-wangjing", level: "township", name: "望京镇", kind: "镇", code: null, parentId: "cnty" },
  ]);
}

async function expectRefused(query: PromiseLike<unknown>) {
  const error = await Promise.resolve(query).then(
    () => null,
    (e: Error) => e,
  );
  expect(String((error?.cause as Error | undefined)?.message ?? error)).toMatch(/append-only/);
}

describeEachEngine("the store", (engine) => {
  let store: TestDatabase;
  beforeAll(async () => {
    store = await createTestDatabase(engine);
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    await store.reset();
    await seedPlaces(store.db);
  });

  it("keeps report versions immutable", async () => {
    await publish(store.db, example);
    await expectRefused(
      store.db
        .update(reportVersions)
        .set({ summary: "rewritten" })
        .where(eq(reportVersions.reportId, example.id)),
    );
    await expectRefused(store.db.delete(reportVersions));
  });

  it("keeps the audit log append-only", async () => {
    await store.db.insert(auditLog).values({ actorKind: "system", action: "test", entityType: "report" });
    await expectRefused(store.db.update(auditLog).set({ action: "changed" }));
    await expectRefused(store.db.delete(auditLog));
  });

  it("finds a published report by one and two characters, by title above text", async () => {
    await publish(store.db, example);
    for (const q of ["镇", "望京", "茶叶", "2630", "玉米种植"]) {
      const found = await searchPublicReports(store.db, { q });
      expect(
        found.hits.map((h) => h.reportId),
        q,
      ).toEqual([example.id]);
    }
    expect((await searchPublicReports(store.db, { q: "望京" })).hits[0]?.matchedIn).toBe("title");
    expect((await searchPublicReports(store.db, { q: "茶叶" })).hits[0]?.matchedIn).toBe("text");
    expect((await searchPublicReports(store.db, { q: "樱桃" })).total).toBe(0);
  });

  it("ranks a title hit above a text hit and applies filters", async () => {
    await publish(store.db, example);
    const other = { ...structuredClone(example), id: "rpt-2", title: "望京镇茶叶产业专项总结", year: 2021 };
    await publish(store.db, Report.parse(other));
    const found = await searchPublicReports(store.db, { q: "茶叶" });
    expect(found.hits.map((h) => h.reportId)).toEqual(["rpt-2", example.id]);
    expect(found.hits[0]?.snippet.some((p) => p.hit && p.text === "茶叶")).toBe(true);
    expect(
      (await searchPublicReports(store.db, { q: "茶叶", year: 2022 })).hits.map((h) => h.reportId),
    ).toEqual([example.id]);
    expect((await searchPublicReports(store.db, { q: "茶叶", townshipId: "nowhere" })).total).toBe(0);
  });

  it("does not index drafts", async () => {
    await publish(store.db, example, "draft");
    expect((await searchPublicReports(store.db, { q: "望京" })).total).toBe(0);
    expect(await store.db.select().from(publicObservations)).toEqual([]);
  });

  it("keeps whether a public figure is a level or a growth target, levels by default", async () => {
    const growth = {
      ...structuredClone(example.observations[0]!),
      id: "o-growth",
      decimal: "6",
      unit: "%",
      qualifier: "approx" as const,
      kind: "target" as const,
      measure: "growth" as const,
      period: { type: "year" as const, year: 2022 },
      comparisons: { yoyPct: null, multiple: null, shareOfTargetPct: null },
    };
    await publish(store.db, { ...example, observations: [...example.observations, growth] });
    const rows = await store.db
      .select()
      .from(publicObservations)
      .where(eq(publicObservations.indicatorCode, "fiscal_revenue"));
    expect(rows.find((r) => r.observationId === "o-growth")).toMatchObject({
      measure: "growth",
      decimal: "6",
      unit: "%",
      kind: "target",
    });
    expect(rows.filter((r) => r.observationId !== "o-growth").every((r) => r.measure === "level")).toBe(true);
    // A row written without the column (as before migration 0003) reads as a level.
    await store.db.execute(
      sql`insert into public_observations (report_id, observation_id, version, township_id, county_id, report_year,
        report_kind, indicator_code, subject, kind, period, period_type, period_key, period_year, whole_year, decimal,
        unit, qualifier, preliminary) values (${example.id}, 'o-old', 1, 'twp-wangjing', 'cnty', 2022,
        'government_work_report', 'fiscal_revenue', '财政收入', 'actual', '{"type":"year","year":2020}', 'year', '2020',
        2020, true, '2000', '万元', 'exact', false)`,
    );
    const [old] = await store.db
      .select({ measure: publicObservations.measure })
      .from(publicObservations)
      .where(eq(publicObservations.observationId, "o-old"));
    expect(old?.measure).toBe("level");
  });

  it("keeps the figures of public versions for series queries, through an index", async () => {
    await publish(store.db, example);
    const rows = await store.db
      .select()
      .from(publicObservations)
      .where(eq(publicObservations.indicatorCode, "fiscal_revenue"));
    expect(rows.map((r) => [r.kind, r.periodYear, r.decimal, r.baseValue])).toEqual(
      expect.arrayContaining([
        ["actual", 2021, "2630", "26300000"],
        ["target", 2022, "3000", "30000000"],
      ]),
    );
    await store.db.execute(sql`set enable_seqscan = off`);
    const plan = await rawRows<Record<string, string>>(
      store.db,
      sql`explain select * from public_observations where indicator_code = 'fiscal_revenue' and township_id = 'twp-wangjing' order by period_year`,
    );
    await store.db.execute(sql`set enable_seqscan = on`);
    expect(JSON.stringify(plan)).toMatch(/Index (Only )?Scan using public_obs_/);
  });
});

describe("a test database", () => {
  it("is empty after reset", async () => {
    const store = await createTestDatabase("pglite");
    await seedPlaces(store.db);
    await store.reset();
    expect(await store.db.select().from(places)).toEqual([]);
    await store.close();
  });
});

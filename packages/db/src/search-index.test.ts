import { readFileSync } from "node:fs";
import { Report, type ReportKind } from "@gongkai/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Postings } from "./postings";
import { refreshPublicRecords } from "./public-records";
import { rawRows } from "./raw";
import { places, reports, reportVersions, searchDocuments } from "./schema";
import { rankPublicReports, type SearchParams, searchPublicReports } from "./search";
import { SearchIndex } from "./search-index";
import { lexemesOf, vectorLiteral } from "./search-text";
import { createTestDatabase, describeEachEngine, publishForTest, type TestDatabase } from "./testing";

const example = Report.parse(
  JSON.parse(readFileSync(new URL("../../domain/examples/report.json", import.meta.url), "utf8")),
);

const TOWNSHIPS = [
  { id: "twp-a", name: "甲镇", county: "cnty-1" },
  { id: "twp-b", name: "乙乡", county: "cnty-1" },
  { id: "twp-c", name: "丙镇", county: "cnty-2" },
];
const TOPICS = [
  "茶叶产业",
  "财政收入",
  "乡村振兴",
  "人居环境",
  "樱桃种植",
  "生猪养殖",
  "政务公开",
  "GDP增长",
  "招商引资",
];
const KINDS: ReportKind[] = ["government_work_report", "work_summary", "summary_and_plan"];

/** Report `i` of a small varied corpus: townships, counties, years, kinds, titles, headings and texts differ. */
function variant(i: number): Report {
  const r = structuredClone(example);
  const township = TOWNSHIPS[i % TOWNSHIPS.length] ?? TOWNSHIPS[0];
  const topic = (k: number) => TOPICS[(i * 5 + k) % TOPICS.length] ?? "";
  r.id = `rpt-${String(i).padStart(3, "0")}`;
  r.townshipId = township?.id ?? "";
  r.year = 2018 + (i % 5);
  r.kind = KINDS[i % KINDS.length] ?? "other";
  r.title = `${township?.name}${r.year}年${topic(0)}工作报告`;
  r.sections = r.sections.map((s, k) => ({
    ...s,
    heading: k === 1 ? `${topic(k)}取得新进展` : s.heading,
    // Some texts hold a character beyond the BMP (𠮷): passages count characters as SQL does, not UTF-16 units.
    // And some Latin where JavaScript and PostgreSQL lower-case differently (İ, Σ), and a word cut at 64 units
    // in the middle of a surrogate pair.
    text: `${i % 7 === 0 ? "𠮷野" : ""}${i % 11 === 0 ? `İİİ Report ABCΣ ${"a".repeat(63)}𐐀 ` : ""}${s.text}${topic(k + 2)}${i % 2 ? "稳步推进" : "成效明显"}，第${i}项。`,
  }));
  return r;
}

/** Queries of every shape: one character, pairs, phrases, Latin and digits, absent words, punctuation only. */
function queries(corpus: Report[]): SearchParams[] {
  const text = corpus.map((r) => r.title + r.sections.map((s) => s.heading + s.text).join("")).join("");
  const han = text.replace(/[^\u4e00-\u9fa5]/g, "");
  const qs = [
    "镇",
    "茶叶",
    "财政收入",
    "樱桃种植",
    "gdp",
    "GDP增长",
    "2630",
    "第7项",
    "机密草稿",
    "！！",
    "",
    "望京 茶叶",
  ];
  for (let i = 0; i < 40; i++) {
    const at = (i * 97) % (han.length - 4);
    qs.push(han.slice(at, at + 1 + (i % 4)));
  }
  const params: SearchParams[] = [];
  qs.forEach((q, i) => {
    params.push({ q });
    params.push({ q, year: 2018 + (i % 5), pageSize: 3 });
    params.push({ q, townshipId: "twp-a", page: 2, pageSize: 2 });
    params.push({ q, countyId: "cnty-2", kind: KINDS[i % KINDS.length] });
  });
  return params;
}

async function seedPlaces(db: TestDatabase["db"]) {
  await db.insert(places).values([
    { id: "prv", level: "province", name: "某省", kind: null, code: null, parentId: null },
    { id: "cty", level: "city", name: "某市", kind: null, code: null, parentId: "prv" },
    { id: "cnty-1", level: "county", name: "一县", kind: "县", code: null, parentId: "cty" },
    { id: "cnty-2", level: "county", name: "二县", kind: "县", code: null, parentId: "cty" },
    ...TOWNSHIPS.map((t) => ({
      id: t.id,
      level: "township" as const,
      name: t.name,
      kind: "镇",
      code: null,
      parentId: t.county,
    })),
  ]);
}

/** A new published version of a report: what a correction does to the public records. */
async function republish(db: TestDatabase["db"], report: Report, at: Date) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(reports).where(eq(reports.id, report.id));
    const number = (row?.headVersion ?? 1) + 1;
    await tx.insert(reportVersions).values({
      reportId: report.id,
      number,
      kind: "publication",
      content: report,
      summary: "correction",
    });
    await tx
      .update(reports)
      .set({ title: report.title, headVersion: number, publishedVersion: number, lastPublishedAt: at })
      .where(eq(reports.id, report.id));
    await refreshPublicRecords(tx, report.id);
  });
}

async function withdraw(db: TestDatabase["db"], id: string) {
  await db.transaction(async (tx) => {
    await tx.update(reports).set({ state: "withdrawn" }).where(eq(reports.id, id));
    await refreshPublicRecords(tx, id);
  });
}

const fresh = { generation: 0, maxAgeMs: Number.POSITIVE_INFINITY };

describeEachEngine("the in-memory search index", (engine) => {
  let store: TestDatabase;
  let corpus: Report[];
  beforeAll(async () => {
    store = await createTestDatabase(engine);
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    await store.reset();
    await seedPlaces(store.db);
    corpus = Array.from({ length: 36 }, (_, i) => variant(i));
    for (const [i, r] of corpus.entries()) {
      const township = TOWNSHIPS.find((t) => t.id === r.townshipId);
      // Every third pair shares a publication time, so ties are broken by id.
      await publishForTest(store.db, r, "published", {
        countyId: township?.county ?? "",
        publishedAt: new Date(Date.UTC(2023, 0, 1 + Math.floor(i / 2))),
      });
    }
  });

  const expectSameAsSql = async (index: SearchIndex) => {
    for (const p of queries(corpus)) {
      expect(index.rank(p), JSON.stringify(p)).toEqual(await rankPublicReports(store.db, p));
    }
  };

  it("ranks every query exactly as SQL does: the same reports, order, places and totals", async () => {
    const index = new SearchIndex();
    expect(await index.warm(store.db, 0)).toBe(true);
    expect(index.size).toBe(corpus.length);
    await expectSameAsSql(index);
    // And whole searches, with their rows and highlighted passages, are the same.
    for (const p of queries(corpus)) {
      expect(await index.search(store.db, p, fresh)).toEqual(await searchPublicReports(store.db, p));
    }
    // The queries are not vacuous: titles, headings and text all ranked, and a page beyond the first.
    const places = (await Promise.all(queries(corpus).map((p) => searchPublicReports(store.db, p)))).flatMap(
      (r) => r.hits.map((h) => h.matchedIn),
    );
    expect(new Set(places)).toEqual(new Set(["title", "heading", "text"]));
  });

  it("follows publications, corrections and withdrawals when it syncs", async () => {
    const index = new SearchIndex();
    await index.warm(store.db, 0);
    const added = { ...variant(90), title: "丁镇蓝莓产业专题报告", townshipId: "twp-a" };
    await publishForTest(store.db, added, "published", { countyId: "cnty-1" });
    const corrected = { ...corpus[3]!, title: "更正后的蓝莓报告" };
    await republish(store.db, corrected, new Date(Date.UTC(2024, 5, 1)));
    const gone = corpus[4]!;
    const before = await index.search(store.db, { q: gone.title, pageSize: 50 }, fresh);
    expect(before?.hits.map((h) => h.reportId)).toContain(gone.id);
    await withdraw(store.db, gone.id);
    corpus = [...corpus.filter((r) => r.id !== gone.id), added];

    // The same generation, within its age: answered from what it holds, as the read cache in front of it would.
    const held = await index.search(store.db, { q: gone.title, pageSize: 50 }, fresh);
    expect(held?.hits.map((h) => h.reportId)).toContain(gone.id);
    // Past its age it syncs first, even with no new generation: the withdrawn report is gone.
    const aged = await index.search(
      store.db,
      { q: gone.title, pageSize: 50 },
      { generation: 0, maxAgeMs: 0 },
    );
    expect(aged?.hits.map((h) => h.reportId)).not.toContain(gone.id);
    expect(aged?.total).toBe(held ? held.total - 1 : -1);

    // A new generation syncs first: the new report, the corrected title and the withdrawal are all seen.
    const found = await index.search(
      store.db,
      { q: "蓝莓" },
      { generation: 1, maxAgeMs: Number.POSITIVE_INFINITY },
    );
    expect(found?.hits.map((h) => [h.reportId, h.matchedIn])).toEqual([
      [corrected.id, "title"],
      [added.id, "title"],
    ]);
    expect(index.size).toBe(corpus.length);
    await expectSameAsSql(index);
  });

  it("stays exact after many corrections renumber its documents", async () => {
    const index = new SearchIndex();
    await index.warm(store.db, 0);
    // Each correction leaves a dead slot; enough of them make the index compact itself.
    for (let round = 0; round < 3; round++) {
      for (const [i, r] of corpus.entries()) {
        if (i % 4 === round) continue;
        const next = { ...r, title: `${r.title}（第${round + 1}次更正）` };
        corpus[i] = next;
        await republish(store.db, next, new Date(Date.UTC(2024, round, 1 + i)));
      }
      await index.sync(store.db);
    }
    await expectSameAsSql(index);
    const [count] = await rawRows<{ n: number | string }>(
      store.db,
      sql`select count(*) as n from ${searchDocuments}`,
    );
    expect(index.size).toBe(Number(count?.n));
  });

  it("reads back lexemes with quotes and backslashes as the store prints them", async () => {
    const vector = vectorLiteral([{ text: "it's a\\b 镇", weight: "C" }]);
    const [row] = await rawRows<{ printed: string; lexemes: string[] }>(
      store.db,
      sql`select strip(${vector}::tsvector)::text as printed, tsvector_to_array(${vector}::tsvector) as lexemes`,
    );
    expect(lexemesOf(row?.printed ?? "")).toEqual(row?.lexemes);
    const odd = `'it''s' 'a\\\\b' '镇'`;
    const [back] = await rawRows<{ printed: string; lexemes: string[] }>(
      store.db,
      sql`select strip(${odd}::tsvector)::text as printed, tsvector_to_array(${odd}::tsvector) as lexemes`,
    );
    expect(back?.lexemes).toEqual(["a\\b", "it's", "镇"]);
    expect(lexemesOf(back?.printed ?? "")).toEqual(back?.lexemes);
  });

  it("answers nothing while it loads, then everything", async () => {
    const index = new SearchIndex();
    // The first search starts the load and is answered in SQL by the caller.
    expect(await index.search(store.db, { q: "茶叶" }, fresh)).toBeNull();
    expect(await index.warm(store.db, 0)).toBe(true);
    expect(await index.search(store.db, { q: "茶叶" }, fresh)).toEqual(
      await searchPublicReports(store.db, { q: "茶叶" }),
    );
  });
});

describe("the in-memory search index on a closed store", () => {
  it("gives up (the caller searches in SQL) and loads again once it can", async () => {
    const store = await createTestDatabase("pglite");
    await seedPlaces(store.db);
    await publishForTest(store.db, variant(1), "published", { countyId: "cnty-1" });
    const index = new SearchIndex();
    const broken = {
      execute: () => Promise.reject(new Error("connection lost")),
    } as unknown as TestDatabase["db"];
    expect(await index.warm(broken, 0)).toBe(false);
    // A search meanwhile is not answered here; it starts another load, which fails in turn.
    expect(await index.search(broken, { q: "茶叶" }, fresh)).toBeNull();
    expect(await index.warm(broken, 0)).toBe(false);
    expect(await index.warm(store.db, 0)).toBe(true);
    expect(index.size).toBe(1);
    await store.close();
  });
});

describe("postings", () => {
  it("keep a sorted list while rare and a bitset once dense, with the same answers", () => {
    const slots = [0, 3, 31, 32, 64, 65, 99];
    const list = new Postings();
    for (const s of slots) list.add(s);
    const dense = new Postings();
    for (const s of slots) dense.add(s);
    list.seal(10_000);
    dense.seal(100);
    expect(list.bytes).toBe(slots.length * 4);
    expect(dense.bytes).toBe(16);
    for (const p of [list, dense]) {
      const seen: number[] = [];
      p.forEach((s) => {
        seen.push(s);
      });
      expect(seen).toEqual(slots);
      expect(slots.every((s) => p.has(s))).toBe(true);
      expect([1, 30, 33, 63, 98, 100, 5000].some((s) => p.has(s))).toBe(false);
      p.add(1200);
      expect(p.has(1200)).toBe(true);
      expect(p.size).toBe(slots.length + 1);
    }
  });

  it("refuse a slot out of order rather than lose the order binary search needs", () => {
    const p = new Postings();
    p.add(5);
    p.add(5);
    expect(p.size).toBe(1);
    expect(() => p.add(2)).toThrow(/ascending/);
  });

  it("renumber for compaction, dropping removed documents", () => {
    const p = new Postings();
    for (const s of [0, 2, 4, 6]) p.add(s);
    p.remap(Int32Array.from([0, -1, 1, -1, -1, -1, 2]), 3);
    const seen: number[] = [];
    p.forEach((s) => {
      seen.push(s);
    });
    expect(seen).toEqual([0, 1, 2]);
  });
});

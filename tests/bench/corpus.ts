// The benchmarks' corpus: thousands of published reports generated from the sample texts. Not a benchmark itself.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { seedPublishedReport } from "@gongkai/api";
import { openDatabase, places, rawRows } from "@gongkai/db";
import { type ImportedDocument, type Place, REPORT_SCHEMA_VERSION, type Report } from "@gongkai/domain";
import { draftFromImport, ingestFile } from "@gongkai/ingest";
import { sql } from "drizzle-orm";

const root = new URL("../../", import.meta.url).pathname;

async function sampleDocuments(): Promise<ImportedDocument[]> {
  const docs: ImportedDocument[] = [];
  for (const file of readdirSync(join(root, "samples")).filter((f) => f.endsWith(".txt"))) {
    const r = await ingestFile({
      bytes: new Uint8Array(readFileSync(join(root, "samples", file))),
      fileName: file,
    });
    if (r.ok) docs.push(...r.value.documents.filter((d) => d.sections.length > 1));
  }
  return docs;
}

/** The generated places: 25 counties of 10 townships each, `cnty-b{c}` and `twp-b{n}`. */
export const BENCH_COUNTIES = 25;
export const BENCH_TOWNSHIPS_PER_COUNTY = 10;

/**
 * `count` published reports (5,000 in the benchmarks): the sample documents under 250 townships of 25 counties,
 * over 20 years, figures varied; written into a data folder as seeding would, checkpointed every 500.
 */
export async function generateReports(
  dataDir: string,
  count: number,
): Promise<{ ids: string[]; ms: number; tables: Array<{ relname: string; bytes: string }> }> {
  const started = performance.now();
  const docs = await sampleDocuments();
  const store = await openDatabase({ dataDir });
  const counties = BENCH_COUNTIES;
  const perCounty = BENCH_TOWNSHIPS_PER_COUNTY;
  const placeRows: Place[] = [
    { id: "prv-b", level: "province", name: "基准省", kind: null, code: null, parentId: null, demo: false },
    { id: "cty-b", level: "city", name: "基准市", kind: null, code: null, parentId: "prv-b", demo: false },
  ];
  for (let c = 0; c < counties; c++) {
    placeRows.push({
      id: `cnty-b${c}`,
      level: "county",
      name: `基准${c}县`,
      kind: "县",
      code: null,
      parentId: "cty-b",
      demo: false,
    });
    for (let t = 0; t < perCounty; t++) {
      const n = c * perCounty + t;
      placeRows.push({
        id: `twp-b${n}`,
        level: "township",
        name: `基准${n}镇`,
        kind: "镇",
        code: null,
        parentId: `cnty-b${c}`,
        demo: false,
      });
    }
  }
  await store.db.insert(places).values(placeRows);
  const ids: string[] = [];
  let counter = 0;
  const newId = () => `b${(counter++).toString(36)}`;
  for (let start = 0; start < count; start += 100) {
    await store.db.transaction(async (tx) => {
      for (let i = start; i < Math.min(count, start + 100); i++) {
        const doc = docs[i % docs.length];
        if (!doc) continue;
        const township = i % (counties * perCounty);
        const year = 2006 + (Math.floor(i / (counties * perCounty)) % 20);
        const factor = 1 + (((i * 37) % 41) - 20) / 100;
        const draft = draftFromImport(doc, { newId });
        const report: Report = {
          schemaVersion: REPORT_SCHEMA_VERSION,
          id: `rpt-b${i}`,
          townshipId: `twp-b${township}`,
          kind: doc.kind,
          year,
          title:
            `基准${township}镇${year}年${doc.title.replace(/^.*?(政府工作报告|工作总结|报告).*$/, "$1")}`.slice(
              0,
              200,
            ),
          meeting: null,
          presenter: null,
          deliveredOn: null,
          deliberation: null,
          disclosure: null,
          source: { method: "generated", fileName: null, importId: null, sourceUrl: null },
          sections: draft.sections.map((s) => ({
            ...s,
            level: Math.min(s.level, 1 + (s.level > 1 ? 1 : 0)),
          })),
          observations: draft.observations.map((o) => ({
            ...o,
            confirmed: true,
            provenance: null,
            decimal: String(Math.round(Number(o.decimal) * factor * 100) / 100),
          })),
        };
        // Keep the section tree valid after flattening deep levels.
        let previous = 0;
        for (const s of report.sections) {
          s.level = Math.min(s.level, previous + 1);
          previous = s.level;
        }
        await seedPublishedReport(tx, report, {
          countyId: `cnty-b${Math.floor(township / perCounty)}`,
          demo: false,
          publishedAt: new Date(Date.UTC(year, 1, 1) + i * 1000),
        });
        ids.push(report.id);
      }
    });
    // What the server's periodic checkpoint does over time, done here every 500 reports of the bulk load.
    if ((start + 100) % 500 === 0) await store.checkpoint();
  }
  const tables = await rawRows<{ relname: string; bytes: string }>(
    store.db,
    sql`select c.relname, pg_total_relation_size(c.oid) as bytes from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by 2 desc limit 6`,
  );
  await store.close();
  return { ids, ms: performance.now() - started, tables };
}

/** Searches readers repeat (so mostly answered from the cache): one to four characters, common and rare. */
export const POPULAR_SEARCHES = [
  "财政收入",
  "乡村振兴",
  "镇",
  "茶叶",
  "基础设施",
  "脱贫攻坚",
  "招商引资",
  "人居环境",
  "政务公开",
  "樱桃",
];

/**
 * The `i`th of a long run of distinct two-character queries, taken from a sample's Han text at spread-out places,
 * so that a benchmark's new searches miss the cache.
 */
export function distinctQuery(i: number): string {
  sampleHan ??= readFileSync(join(root, "samples", "wangjing-2022-gwr.txt"), "utf8").replace(
    /[^\u4e00-\u9fa5]/g,
    "",
  );
  const at = (i * 7919) % (sampleHan.length - 2);
  return sampleHan.slice(at, at + 2);
}
let sampleHan: string | undefined;

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { silentLogger } from "@gongkai/api";
import { createTestApi, type TestApi } from "@gongkai/api/testing";
import { imports, meta, places, reports } from "@gongkai/db";
import { describeEachEngine } from "@gongkai/db/testing";
import type { ImportedDocument } from "@gongkai/domain";
import { ingestFile } from "@gongkai/ingest";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SEED_KEY, seedIfEmpty } from ".";
import { sampleImportId } from "./samples";

const samplesDir = new URL("../../../../samples/", import.meta.url).pathname;

/** What the import pipeline finds in each sample document: the seed must file by exactly this. */
async function ingestedSamples(): Promise<Array<{ file: string; index: number; doc: ImportedDocument }>> {
  const out: Array<{ file: string; index: number; doc: ImportedDocument }> = [];
  for (const file of readdirSync(samplesDir).filter((f) => f.endsWith(".txt"))) {
    const r = await ingestFile({
      bytes: new Uint8Array(readFileSync(join(samplesDir, file))),
      fileName: file,
    });
    if (!r.ok) throw new Error(`${file}: ${r.error.message.en}`);
    r.value.documents.forEach((doc, index) => {
      out.push({ file, index, doc });
    });
  }
  return out;
}

describeEachEngine("the first-start seed", (engine) => {
  let api: TestApi;
  let samples: Awaited<ReturnType<typeof ingestedSamples>>;
  let seededReports: Array<typeof reports.$inferSelect>;
  let placeRows: Array<typeof places.$inferSelect>;

  beforeAll(async () => {
    api = await createTestApi(engine);
    samples = await ingestedSamples();
    expect(await seedIfEmpty(api.services, { samplesDir, logger: silentLogger })).toBe(true);
    seededReports = await api.services.db.select().from(reports).where(eq(reports.demo, false));
    placeRows = await api.services.db.select().from(places);
  }, 120_000);
  afterAll(() => api?.close());

  const placeNamed = (name: string) => placeRows.find((p) => p.name === name);
  // A seeded report is tied to its document by its import, year and kind.
  const reportsOf = (file: string, index: number) =>
    seededReports.filter((r) => r.importId === sampleImportId(file) && matchesDocument(r, file, index));
  const matchesDocument = (r: typeof reports.$inferSelect, file: string, index: number) => {
    const doc = samples.find((s) => s.file === file && s.index === index)?.doc;
    return doc !== undefined && r.year === doc.year && r.kind === doc.kind;
  };

  it("publishes every document with a year under the township and year the import pipeline finds", async () => {
    const withYear = samples.filter((s) => s.doc.year !== null);
    expect(withYear.length).toBeGreaterThan(0);
    expect(seededReports).toHaveLength(withYear.length);
    expect(seededReports.every((r) => r.state === "published")).toBe(true);
    for (const { file, index, doc } of withYear) {
      const found = reportsOf(file, index);
      expect(found.length, `${file} #${index + 1}`).toBeGreaterThan(0);
      const townships = found.map((r) => placeRows.find((p) => p.id === r.townshipId)?.name);
      if (doc.township && /(镇|乡|街道)$/.test(doc.township)) expect(townships).toContain(doc.township);
      else expect(townships.some((n) => n?.startsWith("样本"))).toBe(true);
    }
  });

  it("names the townships the samples name (大庙镇, 迳口镇, 石碁镇, 望京镇) and invents none", async () => {
    const named = new Set(samples.map((s) => s.doc.township).filter((t): t is string => t !== null));
    for (const name of ["大庙镇", "迳口镇", "石碁镇", "望京镇"]) {
      if (named.has(name)) expect(placeNamed(name)?.level, name).toBe("township");
    }
    const used = new Set(seededReports.map((r) => r.townshipId));
    for (const p of placeRows.filter((p) => p.level === "township" && used.has(p.id))) {
      expect(named.has(p.name) || p.name.startsWith("样本"), p.name).toBe(true);
    }
    // No township stands empty in the public directory.
    const townshipsWithoutReports = placeRows.filter(
      (p) => p.level === "township" && !p.demo && !used.has(p.id),
    );
    expect(townshipsWithoutReports.map((p) => p.name)).toEqual([]);
  });

  it("files a township under the county its sample's text names, or under 县区未注明", () => {
    const parentOf = (name: string) => {
      const t = placeNamed(name);
      const county = placeRows.find((p) => p.id === t?.parentId);
      const city = placeRows.find((p) => p.id === county?.parentId);
      return [county?.name, city?.name, placeRows.find((p) => p.id === city?.parentId)?.name];
    };
    expect(parentOf("大庙镇")).toEqual(["铜梁区", "市辖区", "重庆市"]);
    expect(parentOf("石碁镇")).toEqual(["番禺区", "广州市", "广东省"]);
    expect(parentOf("迳口镇")).toEqual(["县区未注明", "地市未注明", "省份未注明"]);
    expect(parentOf("望京镇")[0]).toBe("县区未注明");
  });

  it("publishes no document whose text states no year, and keeps it in its import for an editor", async () => {
    const yearless = samples.filter((s) => s.doc.year === null);
    expect(yearless.length).toBeGreaterThan(0);
    const [record] = await api.services.db.select().from(meta).where(eq(meta.key, SEED_KEY));
    const value = record?.value as
      | { awaitingYear: Array<{ importId: string; documentIndex: number }> }
      | undefined;
    const awaiting = value?.awaitingYear ?? [];
    expect(awaiting.map((a) => `${a.importId}#${a.documentIndex}`).sort()).toEqual(
      yearless.map((s) => `${sampleImportId(s.file)}#${s.index}`).sort(),
    );
    for (const { file, index, doc } of yearless) {
      const [row] = await api.services.db
        .select()
        .from(imports)
        .where(eq(imports.id, sampleImportId(file)));
      expect(row?.result.documents[index]?.title).toBe(doc.title);
    }
    const list = await api.services.reads.reports({ pageSize: 100 });
    const years = new Set(samples.map((s) => s.doc.year));
    expect(list.items.filter((r) => !r.demo).every((r) => years.has(r.year))).toBe(true);
  });

  it("seeds nothing the second time", async () => {
    expect(await seedIfEmpty(api.services, { samplesDir, logger: silentLogger })).toBe(false);
    const again = await api.services.db.select().from(reports).where(eq(reports.demo, false));
    expect(again).toHaveLength(seededReports.length);
  });
});

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fitToSchema, type Logger, newId, seedPublishedReport } from "@gongkai/api";
import { imports, type Transaction } from "@gongkai/db";
import {
  type IndexNumberRule,
  type Place,
  REPORT_KIND_LABELS,
  REPORT_SCHEMA_VERSION,
  type Report,
} from "@gongkai/domain";
import { draftFromImport, ingestFile } from "@gongkai/ingest";
import { SAMPLE_TOWNSHIPS } from "./places";

/**
 * Which township each sample document is filed under, and its year when the text does not say. Files or
 * documents not listed go to the next free sample township.
 */
const KNOWN: Record<string, Array<{ townshipId: string; year?: number; title?: string }>> = {
  "wangjing-2022-gwr.txt": [{ townshipId: "twp-wangjing" }],
  "reports-collection-10.txt": [
    { townshipId: "twp-sample-1", year: 2019 },
    { townshipId: "twp-sample-2" },
    { townshipId: "twp-sample-3" },
    { townshipId: "twp-sample-4" },
    { townshipId: "twp-sample-5", year: 2019 },
    { townshipId: "twp-sample-6" },
    { townshipId: "twp-sample-7", year: 2016 },
    { townshipId: "twp-sample-8", year: 2019 },
    { townshipId: "twp-sample-9" },
    { townshipId: "twp-shiji", year: 2021 },
  ],
  "summary-2020-plan-2021-pdf.txt": [{ townshipId: "twp-sample-10", year: 2020 }],
};

/** Imports every `samples/*.txt` and publishes its documents, keeping each original file as an import record. */
export async function seedSamples(
  tx: Transaction,
  options: {
    samplesDir: string;
    places: Map<string, Place>;
    now: Date;
    logger: Logger;
    indexNumberRule: IndexNumberRule;
  },
): Promise<number> {
  let files: string[];
  try {
    files = readdirSync(options.samplesDir)
      .filter((f) => f.endsWith(".txt"))
      .sort();
  } catch {
    options.logger.warn("no samples folder: starting without sample reports", {
      samplesDir: options.samplesDir,
    });
    return 0;
  }
  const spare = SAMPLE_TOWNSHIPS.map((t) => t.id).filter(
    (id) => !Object.values(KNOWN).some((docs) => docs.some((d) => d.townshipId === id)),
  );
  let published = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(options.samplesDir, file)));
    const ingested = await ingestFile({ bytes, fileName: file });
    if (!ingested.ok) {
      options.logger.warn("sample not imported", { file, reason: ingested.error.message.en });
      continue;
    }
    const result = ingested.value;
    const importId = newId("imp");
    await tx.insert(imports).values({
      id: importId,
      fileName: file,
      format: result.source.format,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      size: bytes.byteLength,
      bytes,
      result,
      createdBy: null,
      createdAt: options.now,
    });
    for (const [i, doc] of result.documents.entries()) {
      const known = KNOWN[file]?.[i];
      const townshipId = known?.townshipId ?? spare.shift() ?? "twp-sample-10";
      const township = options.places.get(townshipId);
      if (!township?.parentId) continue;
      const year = doc.year ?? known?.year ?? options.now.getUTCFullYear() - 1;
      const draft = draftFromImport(doc, { newId: () => newId("x") });
      const fromTitle = doc.title.includes(township.name) && !/篇[一二三四五六七八九十]/.test(doc.title);
      const report: Report = fitToSchema({
        schemaVersion: REPORT_SCHEMA_VERSION,
        id: `rpt-${townshipId.replace(/^twp-/, "")}-${year}-${doc.kind.replace(/_/g, "-")}`,
        townshipId,
        kind: doc.kind,
        year,
        title:
          known?.title ??
          (fromTitle ? doc.title : `${township.name}${year}年${REPORT_KIND_LABELS[doc.kind].zh}`),
        meeting: doc.meeting,
        presenter: doc.presenter?.name
          ? { name: doc.presenter.name.slice(0, 40), title: doc.presenter.title }
          : null,
        deliveredOn: null,
        deliberation: null,
        disclosure: null,
        source: { method: "import", fileName: file, importId, sourceUrl: null },
        sections: draft.sections,
        // Sample figures are published as confirmed data: the seed stands in for the editor who checked them.
        observations: draft.observations.map((o) => ({ ...o, confirmed: true })),
      });
      await seedPublishedReport(tx, report, {
        countyId: township.parentId,
        demo: false,
        importId,
        publishedAt: new Date(options.now.getTime() - (result.documents.length - i) * 1000),
        indexNumberRule: options.indexNumberRule,
      });
      published++;
    }
  }
  return published;
}

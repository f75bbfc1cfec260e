import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fitToSchema, type Logger, newId, seedPublishedReport } from "@gongkai/api";
import { imports, places, type Transaction } from "@gongkai/db";
import {
  type ImportedDocument,
  type IndexNumberRule,
  type Place,
  REPORT_KIND_LABELS,
  REPORT_SCHEMA_VERSION,
  type Report,
} from "@gongkai/domain";
import { draftFromImport, ingestFile } from "@gongkai/ingest";
import { SAMPLE_TOWNSHIPS, townshipPlace } from "./places";

/** A sample document the seed did not publish because its text states no year, kept in its import. */
export interface AwaitingYear {
  file: string;
  importId: string;
  documentIndex: number;
  title: string;
}

export interface SeededSamples {
  /** Reports published, by id. */
  published: string[];
  awaitingYear: AwaitingYear[];
}

/** The import record of a sample file has a readable id, so that its review page has a stable address. */
export function sampleImportId(file: string): string {
  const stem = file.replace(/\.[^.]+$/, "");
  return /^[A-Za-z0-9_-]{1,48}$/.test(stem)
    ? `imp-sample-${stem}`
    : `imp-sample-${createHash("sha256").update(file).digest("hex").slice(0, 12)}`;
}

/**
 * Imports every `*.txt` of the samples folder, keeping each original file as an import record, and publishes
 * each document under the township and year the import pipeline finds in it. A document that names no township
 * (redacted as xx镇, or a district's document) goes to the next sample township; one whose text states no year is
 * not published, since a year would have to be made up: it stays in its import for an editor to make the draft.
 */
export async function seedSamples(
  tx: Transaction,
  options: {
    samplesDir: string;
    places: Map<string, Place>;
    now: Date;
    logger: Logger;
    indexNumberRule: IndexNumberRule;
  },
): Promise<SeededSamples> {
  let files: string[];
  try {
    files = readdirSync(options.samplesDir)
      .filter((f) => f.endsWith(".txt"))
      .sort();
  } catch {
    options.logger.warn("no samples folder: starting without sample reports", {
      samplesDir: options.samplesDir,
    });
    return { published: [], awaitingYear: [] };
  }
  const spare = [...SAMPLE_TOWNSHIPS];
  const seeded: SeededSamples = { published: [], awaitingYear: [] };

  const fileUnder = async (doc: ImportedDocument): Promise<Place | null> => {
    const named = doc.township ? townshipPlace(doc.township) : null;
    const township = named ?? spare.shift() ?? null;
    if (township && !options.places.has(township.id)) {
      await tx.insert(places).values(township).onConflictDoNothing();
      options.places.set(township.id, township);
    }
    return township;
  };

  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(options.samplesDir, file)));
    const ingested = await ingestFile({ bytes, fileName: file });
    if (!ingested.ok) {
      options.logger.warn("sample not imported", { file, reason: ingested.error.message.en });
      continue;
    }
    const result = ingested.value;
    const importId = sampleImportId(file);
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
      const year = doc.year;
      if (year === null) {
        seeded.awaitingYear.push({ file, importId, documentIndex: i, title: doc.title });
        continue;
      }
      const township = await fileUnder(doc);
      if (!township?.parentId) {
        options.logger.warn("no sample township left: document not published", { file, document: i });
        continue;
      }
      const draft = draftFromImport(doc, { newId: () => newId("x") });
      // A collection's own heading (乡镇政府工作报告篇六) is not the document's title.
      const fromTitle = doc.title.includes(township.name) && !/篇[一二三四五六七八九十]+$/.test(doc.title);
      const baseId = `rpt-${township.id.replace(/^twp-/, "")}-${year}-${doc.kind.replace(/_/g, "-")}`;
      let id = baseId;
      for (let n = 2; seeded.published.includes(id); n++) id = `${baseId}-${n}`;
      const report: Report = fitToSchema({
        schemaVersion: REPORT_SCHEMA_VERSION,
        id,
        townshipId: township.id,
        kind: doc.kind,
        year,
        title: fromTitle ? doc.title : `${township.name}${year}年${REPORT_KIND_LABELS[doc.kind].zh}`,
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
      seeded.published.push(report.id);
    }
  }
  return seeded;
}

import type { ImportedDocument, ImportResult, Observation, Section } from "@gongkai/domain";

/**
 * What the API needs of the import pipeline (`@gongkai/ingest`): a file or pasted text to an `ImportResult`,
 * and one imported document to a draft's sections and figures. The server passes the real pipeline; the
 * signature is written here so that the API states exactly what it relies on.
 */
export interface Ingest {
  ingestFile(input: { bytes: Uint8Array; fileName: string }): ImportResult | Promise<ImportResult>;
  draftFromImport(
    document: ImportedDocument,
    options: { newId: (prefix: string) => string },
  ): { sections: Section[]; observations: Observation[] };
}

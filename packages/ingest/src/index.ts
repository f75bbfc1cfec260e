export { type CleanedText, type CleanLine, cleanText } from "./clean";
export { decodeText, type TextEncoding } from "./decode";
export { draftFromImport } from "./draft";
export { formatIngestError, type IngestError, type IngestErrorCode, ingestError } from "./errors";
export { DEFAULT_MAX_BYTES, detectFormat, type IngestFileOptions, ingestFile } from "./ingest-file";
export { type IngestTextOptions, ingestText } from "./ingest-text";
export { formatOutline } from "./outline";
export { type FoundQuantity, scanQuantities } from "./quantities";

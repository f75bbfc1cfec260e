export { DataDirLockedError, LOCK_FILE, lockDataDir } from "./lock";
export { MIGRATIONS_FOLDER, type OpenDatabase, type OpenOptions, openDatabase, pgliteFolder } from "./open";
export { observationRows, refreshPublicRecords, reportPlainText, reportVectors } from "./public-records";
export { rawRows } from "./raw";
export * as schema from "./schema";
export * from "./schema";
export {
  MAX_SEARCH_PAGE_SIZE,
  type SearchHit,
  type SearchParams,
  type SearchResult,
  searchPublicReports,
} from "./search";
export {
  queryLiteral,
  queryPhrases,
  queryTerms,
  type SnippetPart,
  snippet,
  tokens,
  vectorLiteral,
} from "./search-text";
export type { Database, Engine, Executor, Schema, Transaction } from "./types";

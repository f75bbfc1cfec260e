export { type BackupSummary, type ExportOptions, exportBackup } from "./backup/export";
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupError,
  BackupHeader,
  columnsOf,
  TABLES_NOT_BACKED_UP,
  UNUSABLE_PASSWORD_HASH,
} from "./backup/format";
export { type RestoreSummary, restoreBackup } from "./backup/restore";
export { textRows } from "./backup/rows";
export {
  DataDirError,
  type DataDirProblem,
  dataDirErrorOf,
  freeBytes,
  MIN_FREE_BYTES,
  prepareDataDir,
} from "./data-dir";
export { DataDirLockedError, LOCK_FILE, lockDataDir } from "./lock";
export { appliedMigrations, knownMigrations, migrationsFolderUpTo } from "./migrations";
export { MIGRATIONS_FOLDER, type OpenDatabase, type OpenOptions, openDatabase, pgliteFolder } from "./open";
export { observationRows, refreshPublicRecords, reportPlainText, reportVectors } from "./public-records";
export { rawRows } from "./raw";
export * as schema from "./schema";
export * from "./schema";
export {
  MAX_SEARCH_PAGE_SIZE,
  type RankedMatch,
  type RankedPage,
  rankPublicReports,
  type SearchHit,
  type SearchParams,
  type SearchResult,
  searchHits,
  searchPublicReports,
} from "./search";
export { SearchIndex } from "./search-index";
export {
  lexemesOf,
  queryLiteral,
  queryPhrases,
  queryTerms,
  type SnippetPart,
  snippet,
  tokens,
  vectorLiteral,
} from "./search-text";
export type { Database, Engine, Executor, Schema, Transaction } from "./types";

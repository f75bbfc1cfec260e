import type { ImportResult, Result } from "@gongkai/domain";
import type { IngestError } from "@gongkai/ingest";

/** What the pool sends its worker: the file's bytes (transferred, not copied) and the size limit. */
export interface IngestRequest {
  id: number;
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  maxBytes: number;
}

/**
 * What the worker answers: that it started a job (the time limit counts from there, not from the worker's start-up),
 * then the pipeline's result (a clear error for bad input) with the length of its JSON (measured
 * there, off the server's thread), or the stack of a crash.
 */
export type IngestReply =
  | { id: number; started: true }
  | { id: number; outcome: Result<ImportResult, IngestError>; jsonLength: number }
  | { id: number; crash: string };

/** An import's outcome as the pool hands it over. */
export interface IngestOutcome {
  outcome: Result<ImportResult, IngestError>;
  /** Characters of the result's JSON (0 for an error): what sending it whole would cost. */
  jsonLength: number;
}

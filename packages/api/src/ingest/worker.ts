// The import pipeline on its own thread: one job at a time from the pool (pool.ts), answered in order.
import { parentPort } from "node:worker_threads";
import { ingestFile } from "@gongkai/ingest";
import type { IngestReply, IngestRequest } from "./messages";

const port = parentPort;
if (!port) throw new Error("ingest/worker.ts runs as a worker thread (started by IngestPool)");

port.on("message", async (job: IngestRequest) => {
  let reply: IngestReply;
  port.postMessage({ id: job.id, started: true } satisfies IngestReply);
  try {
    const outcome = await ingestFile(
      { bytes: job.bytes, fileName: job.fileName },
      { maxBytes: job.maxBytes },
    );
    reply = { id: job.id, outcome, jsonLength: outcome.ok ? JSON.stringify(outcome.value).length : 0 };
  } catch (e) {
    // A bug in the pipeline, not bad input: the pool turns it into a logged internal error.
    reply = { id: job.id, crash: String((e as Error).stack ?? e) };
  }
  port.postMessage(reply);
});

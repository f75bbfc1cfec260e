// A worker thread has no TypeScript loader of its own (on Node 20 `--import tsx` in a worker's execArgv comes
// too late for its entry module), so this plain module registers tsx's, then loads the worker written in TS.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);

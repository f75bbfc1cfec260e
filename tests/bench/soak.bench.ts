// Soak: the whole server (`pnpm start`, on the embedded store) with 5,000 published reports under 64 concurrent
// connections for SOAK_SECONDS (default 180) over a mix of reader report pages, search, indicator series and
// open-data CSV, while editors save sections through the real tRPC API without pause. Printed every interval:
// throughput and p50/p99 (as ratios against a static asset served by the same server, measured first in the same
// run), errors, saves, and the server's memory after a full garbage collection. Afterwards every acknowledged
// save is looked up in the store.
//
// Exits non-zero when any request fails (an error, a timeout or a status other than 200), a save fails or an
// acknowledged save is missing, or memory keeps growing. "Keeps growing": the first third of the run is warm-up
// (the bounded caches fill: 5,000 serialised responses, 1,000 pages, 2,000 reads; PGlite's WebAssembly memory
// grows to its working size and never shrinks); the median heap after GC over the last third may exceed that over
// the middle third by at most max(16 MB, 10 %), and RSS by at most max(64 MB, 15 %). A bounded cache stops
// growing in the warm-up; a leak (anything kept per request, per search, per save or per session) goes on
// climbing through every third. At the throughput measured here, 16 MB a minute is a leak of well under
// 100 bytes a request.
//
// BENCH_REPORTS and SOAK_SECONDS shrink it for a quick run; SOAK_PROFILE=DIR keeps the server's CPU profile. The generated store is kept in the system's temporary
// folder between runs (it takes minutes to make) and copied for each run.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { knownMigrations, openDatabase, reportVersions } from "@gongkai/db";
import autocannon from "autocannon";
import { inArray } from "drizzle-orm";
import { type ApiClient, signInApi } from "../e2e/support/api-client";
import { buildOnce } from "../e2e/support/system";
import {
  BENCH_COUNTIES,
  BENCH_TOWNSHIPS_PER_COUNTY,
  distinctQuery,
  generateReports,
  POPULAR_SEARCHES,
} from "./corpus";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 5000);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const CONNECTIONS = 64;
const EDITORS = 4;
/** At least nine intervals, so that each third of the run has three samples; at most ten seconds each. */
const INTERVAL_MS = Math.round(Math.min(10_000, Math.max(1_000, (SECONDS * 1000) / 9)));
const BASELINE_SECONDS = Math.round(Math.min(15, Math.max(5, SECONDS / 12)));
const ADMIN = { email: "admin@soak.example.org", password: "soak-admin-password-1" };
const MB = 1024 * 1024;
const here = new URL(".", import.meta.url).pathname;
const root = new URL("../../", import.meta.url).pathname;

// 1. The store: generated once per corpus and schema, copied for each run (the soak writes to it).
const corpusKey = createHash("sha256")
  .update(String(REPORTS))
  .update(knownMigrations().join())
  .update(readFileSync(join(here, "corpus.ts")))
  .update(readdirSync(join(root, "samples")).join())
  .digest("hex")
  .slice(0, 12);
const cached = join(tmpdir(), `gongkai-soak-store-${corpusKey}`);
if (!existsSync(join(cached, "ready"))) {
  console.log(`generating ${REPORTS} published reports from the samples (kept in ${cached}) …`);
  const building = `${cached}.building-${process.pid}`;
  const { ms } = await generateReports(building, REPORTS);
  writeFileSync(join(building, "ready"), new Date().toISOString());
  rmSync(cached, { recursive: true, force: true });
  renameSync(building, cached);
  console.log(`generated in ${(ms / 1000).toFixed(0)} s`);
}
const work = mkdtempSync(join(tmpdir(), "gongkai-soak-"));
const dataDir = join(work, "data");
cpSync(cached, dataDir, { recursive: true });
rmSync(join(dataDir, "ready"));

// 2. The server, as `pnpm start` runs it, with a channel to ask for its memory.
interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}
await buildOnce();
const child: ChildProcess = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "--expose-gc",
    // SOAK_PROFILE=DIR writes the server's CPU profile there, to find where the time goes.
    ...(process.env.SOAK_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.SOAK_PROFILE}`] : []),
    join(here, "soak-target.ts"),
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      SEED_SAMPLES: "0",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: "info",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  },
);
let serverLog = "";
const url = await new Promise<string>((resolve, reject) => {
  const read = (b: Buffer) => {
    serverLog += b.toString();
    const m = /is serving at (http:\/\/[^"\s]+)/.exec(serverLog);
    if (m?.[1]) resolve(m[1]);
  };
  child.stdout?.on("data", read);
  child.stderr?.on("data", read);
  child.once("exit", (code) => reject(new Error(`the server exited (${code}):\n${serverLog}`)));
});
const memory = () =>
  new Promise<Memory>((resolve) => {
    child.once("message", (m) => resolve(m as Memory));
    child.send("memory");
  });

// 3. Editors, each with an account for one township and a draft of its own.
const admin = await signInApi(url, ADMIN.email, ADMIN.password);
const editors: Array<{ api: ApiClient; reportId: string; sectionId: string; version: number }> = [];
for (let i = 0; i < EDITORS; i++) {
  const email = `editor${i}@soak.example.org`;
  const password = `soak-editor-password-${i}`;
  await admin.mutate("users.create", {
    email,
    name: `编辑${i}`,
    password,
    grants: [{ role: "editor", townshipIds: [`twp-b${i}`] }],
  });
  const api = await signInApi(url, email, password);
  const created = await api.mutate<{
    reportId: string;
    version: number;
    report: { sections: Array<{ id: string }> };
  }>("reports.create", {
    townshipId: `twp-b${i}`,
    kind: "work_summary",
    year: 2030,
    title: `基准${i}镇2030年工作总结（持续负载）`,
  });
  editors.push({
    api,
    reportId: created.reportId,
    sectionId: created.report.sections[0]?.id ?? "",
    version: created.version,
  });
}

// 4. The mix: what the public asks for, in proportions a reader site might see.
let seed = 0x5eed;
const random = () => {
  // mulberry32: the same mix every run.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const townships = BENCH_COUNTIES * BENCH_TOWNSHIPS_PER_COUNTY;
const reportIds = Array.from(
  { length: Math.min(REPORTS, 1_500) },
  (_, i) => `rpt-b${Math.floor((i * REPORTS) / 1_500)}`,
);
const indicators = (await (await fetch(`${url}/api/v1/indicators`)).json()) as Array<{
  definition: { code: string };
  observationCount: number;
}>;
const codes = indicators
  .filter((d) => d.observationCount > 0)
  .sort((a, b) => b.observationCount - a.observationCount)
  .slice(0, 5)
  .map((d) => d.definition.code);
let distinct = 0;
const q = encodeURIComponent;
const townshipsParam = () => {
  const n = Math.floor(random() * townships);
  return random() < 0.5 ? `twp-b${n}` : `twp-b${n},twp-b${(n + 1) % townships}`;
};
const MIX: Array<[number, string, () => string]> = [
  [0.36, "report page", () => `/reports/${pick(reportIds)}`],
  [0.04, "report page (English)", () => `/en/reports/${pick(reportIds)}`],
  [0.12, "search (open data)", () => `/api/v1/search?q=${q(pick(POPULAR_SEARCHES))}`],
  [0.05, "search page", () => `/search?q=${q(pick(POPULAR_SEARCHES))}`],
  [
    0.03,
    "search, new query",
    () => {
      const i = distinct++;
      return `/api/v1/search?q=${q(distinctQuery(i))}&year=${2006 + (i % 20)}&page=${1 + Math.floor(i / 20_000)}`;
    },
  ],
  [0.25, "indicator series", () => `/api/v1/indicators/${pick(codes)}/series?township=${townshipsParam()}`],
  [0.07, "series CSV", () => `/api/v1/indicators/${pick(codes)}/series.csv?township=${townshipsParam()}`],
  [
    0.05,
    "reports CSV",
    () =>
      `/api/v1/reports.csv?county=cnty-b${Math.floor(random() * BENCH_COUNTIES)}&year=${2006 + Math.floor(random() * 20)}`,
  ],
  [0.03, "figures CSV", () => `/reports/${pick(reportIds)}/figures.csv`],
];
let byKind: Record<string, number[]> = {};
/** The next request of the mix, with its kind (kept on the connection, so that its answer is counted under it). */
const nextRequest = (): { kind: string; path: string } => {
  let r = random();
  for (const [share, kind, path] of MIX) {
    if (r < share) return { kind, path: path() };
    r -= share;
  }
  const [, kind, path] = MIX[0] as (typeof MIX)[number];
  return { kind, path: path() };
};

// 5. Load, recording every response by interval.
interface Bucket {
  latencies: number[];
  errors: number;
  statuses: Record<string, number>;
  saves: number;
  saveLatencies: number[];
}
const bucket = (): Bucket => ({ latencies: [], errors: 0, statuses: {}, saves: 0, saveLatencies: [] });
const quantile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number) : Number.NaN;

function load(
  next: () => { kind: string; path: string },
  seconds: number,
  onResponse: (status: number, ms: number, kind: string) => void,
  onError: (what: string) => void,
) {
  const instance = autocannon(
    {
      url,
      connections: CONNECTIONS,
      duration: seconds,
      timeout: 10,
      requests: [
        {
          method: "GET",
          // The context is the connection's own; with one request in flight per connection, it names the kind of
          // the request whose answer comes next.
          setupRequest: (req, context) => {
            const { kind, path } = next();
            (context as { kind?: string }).kind = kind;
            return { ...req, path };
          },
        },
      ],
    },
    () => {},
  );
  instance.on("response", (client, status, _bytes, ms) =>
    onResponse(status, ms, String(contextOf(client).kind)),
  );
  // A timeout (10 s) comes here too, as "request timed out".
  instance.on("reqError", (e) => onError(String((e as Error).message ?? e)));
  return new Promise<autocannon.Result>((resolve) => instance.on("done", resolve));
}
/** autocannon's client keeps the request context it gave `setupRequest`; its types do not say so. */
const contextOf = (client: unknown) =>
  (client as { requestIterator: { context: Record<string, unknown> } }).requestIterator.context;

const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(await (await fetch(`${url}/`)).text())?.[1];
if (!stylesheet) throw new Error("no stylesheet on the home page to serve as the baseline");
console.log(
  `warming up, then the baseline: ${stylesheet} (the same server, from memory) for ${BASELINE_SECONDS} s …`,
);
await load(
  nextRequest,
  3,
  () => {},
  () => {},
);
const baseline = bucket();
const baselineResult = await load(
  () => ({ kind: "baseline", path: stylesheet }),
  BASELINE_SECONDS,
  (status, ms) => {
    baseline.latencies.push(ms);
    if (status !== 200) baseline.errors++;
  },
  () => baseline.errors++,
);
baseline.latencies.sort((a, b) => a - b);
const base = {
  rps: baselineResult.requests.total / BASELINE_SECONDS,
  p50: quantile(baseline.latencies, 0.5),
  p99: quantile(baseline.latencies, 0.99),
};

const start = await memory();
console.log(
  `\nsoak: ${REPORTS} published reports, ${CONNECTIONS} connections for ${SECONDS} s, ${EDITORS} editors saving; ` +
    `memory after a full GC every ${INTERVAL_MS / 1000} s`,
);
console.log(
  `baseline (static asset, same server): ${base.rps.toFixed(0)} req/s, p50 ${base.p50.toFixed(1)} ms, p99 ${base.p99.toFixed(1)} ms`,
);
console.log(
  `memory at start: rss ${(start.rss / MB).toFixed(1)} MB, heap ${(start.heapUsed / MB).toFixed(1)} MB`,
);
console.log(
  "\n  t (s)   req/s  ×base   p50 ms  ×base  p99 ms  ×base  errors  saves  save p99  rss MB  heap MB  external MB",
);

const buckets: Bucket[] = [];
const samples: Memory[] = [];
const soakStart = Date.now();
const current = () => {
  const i = Math.floor((Date.now() - soakStart) / INTERVAL_MS);
  while (buckets.length <= i) buckets.push(bucket());
  return buckets[i] as Bucket;
};
byKind = {};

// Editors save without pause; each save is based on the version the last one returned.
const acks: Array<{ reportId: string; version: number; sectionId: string; text: string }> = [];
const saveErrors: string[] = [];
let saving = true;
const editing = editors.map(async (e, i) => {
  let n = 0;
  while (saving) {
    n++;
    const text = `持续负载第${n}次保存（编辑${i}）：全年完成财政收入${2600 + n}万元，同比增长${(n % 20) + 1}%。`;
    const began = performance.now();
    try {
      const saved = await e.api.mutate<{ version: number }>("sections.edit", {
        reportId: e.reportId,
        baseVersion: e.version,
        sectionId: e.sectionId,
        patch: { text },
      });
      e.version = saved.version;
      acks.push({ reportId: e.reportId, version: saved.version, sectionId: e.sectionId, text });
      const b = current();
      b.saves++;
      b.saveLatencies.push(performance.now() - began);
    } catch (error) {
      saveErrors.push(String(error));
      return;
    }
  }
});

let printed = 0;
const printInterval = async () => {
  const b = buckets[printed] ?? bucket();
  const sorted = [...b.latencies].sort((x, y) => x - y);
  const saves = [...b.saveLatencies].sort((x, y) => x - y);
  const m = await memory();
  samples.push(m);
  printed++;
  const rps = b.latencies.length / (INTERVAL_MS / 1000);
  const p50 = quantile(sorted, 0.5);
  const p99 = quantile(sorted, 0.99);
  console.log(
    [
      String(Math.round((printed * INTERVAL_MS) / 1000)).padStart(7),
      rps.toFixed(0).padStart(7),
      (rps / base.rps).toFixed(2).padStart(6),
      p50.toFixed(1).padStart(8),
      (p50 / base.p50).toFixed(1).padStart(6),
      p99.toFixed(1).padStart(7),
      (p99 / base.p99).toFixed(1).padStart(6),
      String(b.errors).padStart(7),
      String(b.saves).padStart(6),
      quantile(saves, 0.99).toFixed(0).padStart(9),
      (m.rss / MB).toFixed(1).padStart(7),
      (m.heapUsed / MB).toFixed(1).padStart(8),
      (m.external / MB).toFixed(1).padStart(12),
    ].join(" "),
  );
};
let ticks = Promise.resolve();
const ticker = setInterval(() => {
  ticks = ticks.then(printInterval);
}, INTERVAL_MS);

const result = await load(
  nextRequest,
  SECONDS,
  (status, ms, kind) => {
    const b = current();
    b.latencies.push(ms);
    byKind[kind] ??= [];
    byKind[kind].push(ms);
    if (status !== 200) {
      b.errors++;
      b.statuses[status] = (b.statuses[status] ?? 0) + 1;
    }
  },
  (what) => {
    const b = current();
    b.errors++;
    b.statuses[what] = (b.statuses[what] ?? 0) + 1;
  },
);
clearInterval(ticker);
saving = false;
await Promise.all(editing);
await ticks;
// The last, partial interval is not printed: its throughput would read low.
const end = await memory();

// 6. Stop the server and look for every acknowledged save in the store.
await new Promise<void>((resolve) => {
  child.once("exit", () => resolve());
  child.kill("SIGTERM");
});
const store = await openDatabase({ dataDir, migrate: false });
const versions = await store.db
  .select({
    reportId: reportVersions.reportId,
    number: reportVersions.number,
    content: reportVersions.content,
  })
  .from(reportVersions)
  .where(
    inArray(
      reportVersions.reportId,
      editors.map((e) => e.reportId),
    ),
  );
await store.close();
const held = new Map(versions.map((v) => [`${v.reportId}#${v.number}`, v.content]));
const missing = acks.filter(
  (a) => held.get(`${a.reportId}#${a.version}`)?.sections.find((s) => s.id === a.sectionId)?.text !== a.text,
);

// 7. The verdict.
const all = buckets.flatMap((b) => b.latencies).sort((a, b) => a - b);
const errors = buckets.reduce((n, b) => n + b.errors, 0);
const statuses: Record<string, number> = {};
for (const b of buckets)
  for (const [k, v] of Object.entries(b.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : Number.NaN;
};
const third = Math.floor(samples.length / 3);
const middle = samples.slice(third, 2 * third);
const last = samples.slice(2 * third);
const judge = (name: string, of: (m: Memory) => number, minBytes: number, share: number) => {
  const before = median(middle.map(of));
  const after = median(last.map(of));
  const allowed = Math.max(minBytes, share * before);
  const grew = after - before > allowed;
  // Least-squares slope over the judged two thirds, for the record.
  const ys = samples.slice(third).map(of);
  const xs = ys.map((_, i) => (i * INTERVAL_MS) / 60_000);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope =
    xs.reduce((a, x, i) => a + (x - mx) * ((ys[i] as number) - my), 0) /
    xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  console.log(
    `${name}: middle third ${(before / MB).toFixed(1)} MB, last third ${(after / MB).toFixed(1)} MB ` +
      `(${after >= before ? "+" : ""}${((after - before) / MB).toFixed(1)} MB, allowed +${(allowed / MB).toFixed(1)} MB; ` +
      `trend ${(slope / MB).toFixed(2)} MB/min): ${grew ? "KEEPS GROWING" : "steady"}`,
  );
  return grew;
};

console.log(
  `\n${result.requests.total} requests in ${SECONDS} s (${(result.requests.total / SECONDS).toFixed(0)} req/s, ` +
    `${((result.requests.total / SECONDS / base.rps) * 100).toFixed(0)} % of the baseline); ` +
    `p50 ${quantile(all, 0.5).toFixed(1)} ms, p99 ${quantile(all, 0.99).toFixed(1)} ms ` +
    `(×${(quantile(all, 0.99) / base.p99).toFixed(1)} the baseline's p99)`,
);
console.log("\n  kind                     share   p50 ms  p99 ms");
for (const [kind, times] of Object.entries(byKind).sort((a, b) => b[1].length - a[1].length)) {
  times.sort((a, b) => a - b);
  console.log(
    [
      `  ${kind.padEnd(22)}`,
      `${((times.length / Math.max(1, all.length)) * 100).toFixed(0)} %`.padStart(7),
      quantile(times, 0.5).toFixed(1).padStart(8),
      quantile(times, 0.99).toFixed(1).padStart(7),
    ].join(" "),
  );
}
console.log(`errors: ${errors}${errors ? ` (${JSON.stringify(statuses)})` : ""}`);
console.log(
  `saves: ${acks.length} acknowledged (${(acks.length / SECONDS).toFixed(1)}/s), ${missing.length} missing from the store, ` +
    `${saveErrors.length} failed${saveErrors.length ? `: ${saveErrors.slice(0, 3).join("; ")}` : ""}`,
);
console.log(
  `memory: rss ${(start.rss / MB).toFixed(1)} → ${(end.rss / MB).toFixed(1)} MB, ` +
    `heap ${(start.heapUsed / MB).toFixed(1)} → ${(end.heapUsed / MB).toFixed(1)} MB (after a full GC, start and end of the soak)`,
);
const heapGrew = judge("heap after GC", (m) => m.heapUsed, 16 * MB, 0.1);
const rssGrew = judge("rss", (m) => m.rss, 64 * MB, 0.15);

rmSync(work, { recursive: true, force: true });
const failures = [
  errors > 0 && `${errors} requests failed`,
  saveErrors.length > 0 && `${saveErrors.length} saves failed`,
  missing.length > 0 && `${missing.length} acknowledged saves are missing`,
  (heapGrew || rssGrew) && "memory keeps growing",
  samples.length < 9 && `only ${samples.length} memory samples`,
].filter(Boolean);
console.log(failures.length ? `\nFAILED: ${failures.join("; ")}` : "\nsoak passed");
process.exit(failures.length ? 1 : 0);

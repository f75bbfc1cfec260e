import { rmSync } from "node:fs";
import { type OpenOptions, openDatabase } from "@gongkai/db";
import { createTestDataDir, createTestPostgresDatabase, describeEachEngine } from "@gongkai/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type ApiClient, signInApi } from "../e2e/support/api-client";
import { System } from "../e2e/support/system";
import {
  type AckedPublication,
  type AckedSave,
  isConnectionError,
  publisher,
  type Stream,
  type WorkingCopy,
  writer,
} from "./support/editors";
import { missingAcks, storeViolations } from "./support/invariants";

/*
 * The server is killed with SIGKILL, three times, while three editors save sections and two reviewers publish
 * corrections, all through the real tRPC API; a scheduled publication falls due while it is down and another
 * after it is back. After each restart the API must show every acknowledged save and publication; at the end the
 * store itself must hold them, and every report's rows must agree (versions and their audit entries, a public
 * version and its search index and figures): a transaction cut by the kill left nothing behind.
 */

const ADMIN = { email: "admin@crash.example.org", password: "crash-admin-pass-1" };
const ROUNDS = 3;
const PUBLISHED = ["rpt-demo-2025", "rpt-demo-2024"];
const MISSED = "rpt-demo-2023";
const ON_TIME = "rpt-demo-2022";

/** An API client that counts its calls in flight: a kill with none in flight would prove little. */
function tracked(api: ApiClient): ApiClient & { inFlight(): number } {
  let pending = 0;
  const counted = async <T>(call: Promise<T>): Promise<T> => {
    pending++;
    try {
      return await call;
    } finally {
      pending--;
    }
  };
  return {
    query: <T>(path: string, input?: unknown) => counted(api.query<T>(path, input)),
    mutate: <T>(path: string, input?: unknown) => counted(api.mutate<T>(path, input)),
    inFlight: () => pending,
  };
}

/** Takes a published report to approved with a correction whose first section carries `marker`. */
async function approvedCorrection(api: ApiClient, reportId: string, marker: string): Promise<number> {
  let copy = await api.query<WorkingCopy>("reports.get", { reportId });
  await api.mutate("workflow.transition", {
    reportId,
    baseVersion: copy.version,
    event: { type: "start_correction" },
  });
  copy = await api.query<WorkingCopy>("reports.get", { reportId });
  const section = copy.report.sections[0];
  const saved = await api.mutate<{ version: number }>("sections.edit", {
    reportId,
    baseVersion: copy.version,
    sectionId: section?.id,
    patch: { text: `${marker}：${section?.text ?? ""}` },
  });
  for (const type of ["submit", "approve"]) {
    await api.mutate("workflow.transition", { reportId, baseVersion: saved.version, event: { type } });
  }
  return saved.version;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function publicReport(url: string, reportId: string, version?: number) {
  const res = await fetch(`${url}/api/v1/reports/${reportId}${version ? `?version=${version}` : ""}`);
  return {
    status: res.status,
    body:
      res.status === 200 ? ((await res.json()) as { version: number; report: WorkingCopy["report"] }) : null,
  };
}

describeEachEngine("a server killed with SIGKILL in the middle of saves and publications", (engine) => {
  let system: System;
  let store: OpenOptions;
  const cleanup: Array<() => Promise<void> | void> = [];
  beforeAll(async () => {
    const env: Record<string, string> = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
    if (engine === "pglite") {
      const dataDir = await createTestDataDir();
      cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
      system = new System({ dataDir, env });
      store = { dataDir };
    } else {
      const db = await createTestPostgresDatabase();
      cleanup.push(() => db.drop());
      system = new System({ env: { ...env, DATABASE_URL: db.url } });
      store = { databaseUrl: db.url, poolSize: 2 };
    }
    cleanup.push(() => system.dispose());
    await system.start();
  }, 240_000);
  afterAll(async () => {
    for (const f of cleanup.reverse()) await f();
  });

  it("keeps every acknowledged save and publication, shows nothing half-written, and still publishes on schedule", async () => {
    const saves: AckedSave[] = [];
    const publications: AckedPublication[] = [];
    const setup = await signInApi(system.url, ADMIN.email, ADMIN.password);
    const drafts: string[] = [];
    for (const year of [2026, 2027, 2028]) {
      const created = await setup.mutate<{ reportId: string }>("reports.create", {
        townshipId: "twp-demo",
        kind: "work_summary",
        year,
        title: `示例镇${year}年工作总结（崩溃测试）`,
      });
      drafts.push(created.reportId);
    }
    await approvedCorrection(setup, MISSED, "停机期间到期");

    for (let round = 0; round < ROUNDS; round++) {
      const clients = await Promise.all(
        [...drafts, ...PUBLISHED].map(async () =>
          tracked(await signInApi(system.url, ADMIN.email, ADMIN.password)),
        ),
      );
      const streams: Stream[] = [
        ...drafts.map((id, i) => writer(clients[i] as ApiClient, id, `第${round + 1}轮编辑${i + 1}`, saves)),
        ...PUBLISHED.map((id, i) =>
          publisher(clients[drafts.length + i] as ApiClient, id, `审核${i + 1}`, publications),
        ),
      ];
      const before = { saves: saves.length, publications: publications.length };
      // A different moment each round, once every stream is well under way.
      const runFor = 1_500 + Math.random() * 2_000;
      const started = Date.now();
      while (Date.now() - started < runFor || publications.length === before.publications) {
        const failed = await Promise.race([...streams.map((s) => s.done), sleep(100).then(() => undefined)]);
        if (failed !== undefined) throw new Error(`a stream stopped before the kill: ${String(failed)}`);
        if (Date.now() - started > 60_000) throw new Error("no publication within a minute");
      }
      let dueAt = 0;
      if (round === 0) {
        // Falls due while the server is down: the next start publishes it.
        dueAt = Date.now() + 1_500;
        const copy = await setup.query<WorkingCopy>("reports.get", { reportId: MISSED });
        await setup.mutate("workflow.transition", {
          reportId: MISSED,
          baseVersion: copy.version,
          event: {
            type: "schedule",
            at: new Date(dueAt).toISOString(),
            changeNote: "停机期间到期的定时发布",
          },
        });
      }
      const inFlight = clients.reduce((n, c) => n + c.inFlight(), 0);
      await system.kill();
      for (const s of streams) {
        const error = await s.done;
        if (error !== null && !isConnectionError(error)) throw error;
      }
      console.info(
        `[crash ${engine}] round ${round + 1}: killed after ${Date.now() - started} ms with ${inFlight} calls in flight; ` +
          `${saves.length - before.saves} saves and ${publications.length - before.publications} publications acknowledged`,
      );
      expect(inFlight, "calls in flight at the kill").toBeGreaterThan(0);
      expect(saves.length - before.saves, "saves acknowledged this round").toBeGreaterThan(3);
      if (dueAt) await sleep(Math.max(0, dueAt - Date.now() + 500));
      const logFrom = system.output().length;
      await system.start();
      if (round === 0) {
        expect(system.output().slice(logFrom)).toContain(
          "published a scheduled publication missed while the server was down",
        );
      }

      // Through the API of the restarted server: every acknowledged save, every acknowledged publication public.
      const api = await signInApi(system.url, ADMIN.email, ADMIN.password);
      for (const s of saves) {
        const got = await api.query<{ report: WorkingCopy["report"] }>("versions.get", {
          reportId: s.reportId,
          version: s.version,
        });
        expect(
          got.report.sections.find((x) => x.id === s.sectionId)?.text,
          `${s.reportId} v${s.version}`,
        ).toBe(s.text);
      }
      for (const p of publications) {
        const shown = await publicReport(system.url, p.reportId, p.version);
        expect(shown.status, `${p.reportId} v${p.version}`).toBe(200);
        expect(shown.body?.report.sections[0]?.text).toContain(p.marker);
      }
      // What the public sees of each report is exactly its published version, whole.
      for (const id of [...PUBLISHED, MISSED, ON_TIME]) {
        const copy = await api.query<WorkingCopy>("reports.get", { reportId: id });
        const shown = await publicReport(system.url, id);
        const version = await api.query<{ report: WorkingCopy["report"] }>("versions.get", {
          reportId: id,
          version: copy.publishedVersion ?? 0,
        });
        expect(shown.body?.version, id).toBe(copy.publishedVersion);
        expect(shown.body?.report.sections).toEqual(version.report.sections);
      }
      for (const id of drafts) expect((await publicReport(system.url, id)).status, id).toBe(404);
    }
    expect(publications.length).toBeGreaterThanOrEqual(ROUNDS);

    // The one that fell due while the server was down is public.
    const missed = await publicReport(system.url, MISSED);
    expect(missed.body?.report.sections[0]?.text).toContain("停机期间到期");

    // The scheduler runs after a crash too: a publication due while the server is up happens on time.
    const api = await signInApi(system.url, ADMIN.email, ADMIN.password);
    await approvedCorrection(api, ON_TIME, "重启之后按时发布");
    const copy = await api.query<WorkingCopy>("reports.get", { reportId: ON_TIME });
    await api.mutate("workflow.transition", {
      reportId: ON_TIME,
      baseVersion: copy.version,
      event: {
        type: "schedule",
        at: new Date(Date.now() + 1_000).toISOString(),
        changeNote: "重启后的定时发布",
      },
    });
    const deadline = Date.now() + 30_000;
    let onTime = await publicReport(system.url, ON_TIME);
    while (!onTime.body?.report.sections[0]?.text.includes("重启之后按时发布") && Date.now() < deadline) {
      await sleep(500);
      onTime = await publicReport(system.url, ON_TIME);
    }
    expect(onTime.body?.report.sections[0]?.text).toContain("重启之后按时发布");
    expect(system.output()).toContain("published on schedule");

    // And the store itself, read directly once the server has stopped.
    await system.stop();
    const opened = await openDatabase({ ...store, migrate: false });
    try {
      expect(await storeViolations(opened.db)).toEqual([]);
      expect(await missingAcks(opened.db, saves, publications)).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 300_000);
});

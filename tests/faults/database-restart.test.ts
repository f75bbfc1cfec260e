import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, ApiError, signInApi } from "../e2e/support/api-client";
import { System } from "../e2e/support/system";
import type { AckedSave, WorkingCopy } from "./support/editors";
import { clusterAvailable, PostgresCluster } from "./support/postgres-cluster";

/*
 * PostgreSQL is stopped and started again under a running server (cleanly, and as a crash), while an editor keeps
 * saving: meanwhile every request that needs the database is answered 503 with the stable code UNAVAILABLE and a
 * message in Chinese and English, never a 500 and never a dropped connection; the server does not exit; once the
 * database is back it serves again by itself, and every save it acknowledged is there.
 */

const ADMIN = { email: "admin@pg-restart.example.org", password: "pg-restart-pass-1" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Outcome {
  ok: number;
  unavailable: number;
  other: string[];
}

/** An editor saving one section again and again; after a failure it reads the version again before going on. */
function keepSaving(api: ApiClient, reportId: string, acks: AckedSave[]) {
  const outcome: Outcome = { ok: 0, unavailable: 0, other: [] };
  let stopped = false;
  const done = (async () => {
    let version: number | null = null;
    let sectionId = "";
    let n = 0;
    while (!stopped) {
      try {
        if (version === null) {
          const copy = await api.query<WorkingCopy>("reports.get", { reportId });
          version = copy.version;
          sectionId = copy.report.sections[0]?.id ?? "";
        }
        const text = `重启期间第${++n}次保存`;
        const saved: { version: number } = await api.mutate("sections.edit", {
          reportId,
          baseVersion: version,
          sectionId,
          patch: { text },
        });
        version = saved.version;
        acks.push({ reportId, version: saved.version, sectionId, text });
        outcome.ok++;
      } catch (e) {
        // Whether a save cut off by the restart was written is unknown: ask again.
        version = null;
        if (e instanceof ApiError && e.status === 503 && e.code === "UNAVAILABLE") outcome.unavailable++;
        else outcome.other.push(String(e));
        await sleep(50);
      }
    }
  })();
  return { outcome, done, stop: () => (stopped = true) };
}

interface Answer {
  status: number;
  type: string;
  body: string;
}

async function get(url: string, init?: RequestInit): Promise<Answer> {
  const res = await fetch(url, init);
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: await res.text() };
}

/** The error a client gets while the database is away, on each kind of route. */
function expectUnavailable(answer: Answer, what: string) {
  expect(answer.status, `${what}: ${answer.body.slice(0, 300)}`).toBe(503);
  if (answer.type.includes("html")) {
    // A reader page speaks its page's language.
    expect(answer.body, what).toMatch(what.includes("English") ? /unavailable/i : /暂时不可用/);
  } else if (answer.type.includes("json")) {
    const body = JSON.parse(answer.body);
    // tRPC's envelope holds the same error body the plain routes answer with.
    const app = body.error?.data?.app ?? body;
    expect(app.code, what).toBe("UNAVAILABLE");
    expect(app.message.zh, what).toMatch(/暂时不可用/);
    expect(app.message.en, what).toMatch(/unavailable/i);
  } else {
    expect(answer.body, what).toMatch(/暂时不可用.*unavailable/i);
  }
}

describe.runIf(clusterAvailable())("the server while its PostgreSQL restarts", () => {
  let cluster: PostgresCluster;
  let system: System;
  beforeAll(async () => {
    cluster = await PostgresCluster.create();
    system = new System({
      env: { DATABASE_URL: cluster.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    });
    await system.start();
  }, 240_000);
  afterEach((context) => {
    // What the server said, for whoever reads a failure; and a failed test must not leave the next one without
    // its database.
    if (context.task.result?.state === "fail")
      console.error(`server output:\n${system?.output().slice(-8_000)}`);
    if (cluster && !cluster.up) cluster.start();
  });
  afterAll(async () => {
    await system?.dispose();
    cluster?.dispose();
  });

  for (const mode of ["fast", "immediate"] as const) {
    it(`answers 503 while the database is down (${mode} stop), stays up, and recovers by itself`, async () => {
      const api = await signInApi(system.url, ADMIN.email, ADMIN.password);
      const { reportId } = await api.mutate<{ reportId: string }>("reports.create", {
        townshipId: "twp-demo",
        kind: "work_summary",
        year: mode === "fast" ? 2031 : 2032,
        title: `示例镇数据库重启测试（${mode}）`,
      });
      const acks: AckedSave[] = [];
      const saver = keepSaving(api, reportId, acks);
      while (saver.outcome.ok < 5) await sleep(20);

      cluster.stop(mode);
      const stoppedAt = Date.now();
      const word = mode === "fast" ? "乡村" : "振兴";
      const answers: Array<[string, Answer]> = [
        ["/healthz", await get(`${system.url}/healthz`)],
        [
          "open-data search",
          await get(`${system.url}/api/v1/search?q=${encodeURIComponent(word)}&year=2099`),
        ],
        ["reader search page", await get(`${system.url}/search?q=${encodeURIComponent(word)}&year=2099`)],
        [
          "reader search page in English",
          await get(`${system.url}/en/search?q=${encodeURIComponent(word)}&year=2099`),
        ],
        ["reader report page", await get(`${system.url}/reports/rpt-demo-2021?from=${mode}`)],
        ["reader figures CSV", await get(`${system.url}/reports/rpt-demo-2021/figures.csv?from=${mode}`)],
        [
          "open-data series CSV",
          await get(
            `${system.url}/api/v1/indicators/fiscal_revenue/series.csv?from=${2000 + (mode === "fast" ? 1 : 2)}`,
          ),
        ],
        [
          "tRPC sign-in",
          await get(`${system.url}/trpc/auth.login`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: system.url },
            body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
          }),
        ],
        [
          "tRPC public query",
          await get(
            `${system.url}/trpc/public.search?input=${encodeURIComponent(JSON.stringify({ q: word, year: 2098 }))}`,
          ),
        ],
      ];
      const health = JSON.parse(answers[0]?.[1].body ?? "{}");
      expect(answers[0]?.[1].status).toBe(503);
      expect(health).toMatchObject({ status: "unavailable", code: "UNAVAILABLE" });
      for (const [what, answer] of answers.slice(1)) expectUnavailable(answer, what);
      // A signed-in editor's calls too, for a while: each a clear 503, none a 500 or a dropped connection.
      const during = saver.outcome.unavailable;
      while (Date.now() - stoppedAt < 2_000) await sleep(100);
      expect(saver.outcome.unavailable - during).toBeGreaterThan(3);
      expect(saver.outcome.other).toEqual([]);
      expect(system.running).toBe(true);

      cluster.start();
      const deadline = Date.now() + 30_000;
      let healthy = await get(`${system.url}/healthz`);
      while (healthy.status !== 200 && Date.now() < deadline) {
        await sleep(200);
        healthy = await get(`${system.url}/healthz`);
      }
      expect(healthy.status).toBe(200);
      // Back by itself: the same process, saving again.
      const okBefore = saver.outcome.ok;
      while (saver.outcome.ok < okBefore + 5 && Date.now() < deadline) await sleep(50);
      saver.stop();
      await saver.done;
      expect(saver.outcome.ok).toBeGreaterThanOrEqual(okBefore + 5);
      expect(saver.outcome.other).toEqual([]);
      expect(system.running).toBe(true);
      expect(system.output().match(/is serving at/g)).toHaveLength(1);
      expect((await get(`${system.url}/api/v1/search?q=${encodeURIComponent(word)}&year=2099`)).status).toBe(
        200,
      );
      expect((await get(`${system.url}/search?q=${encodeURIComponent(word)}&year=2099`)).status).toBe(200);
      for (const s of acks) {
        const got = await api.query<{ report: WorkingCopy["report"] }>("versions.get", {
          reportId: s.reportId,
          version: s.version,
        });
        expect(got.report.sections.find((x) => x.id === s.sectionId)?.text).toBe(s.text);
      }
    });
  }
});

import { auditLog, imports } from "@gongkai/db";
import { describeEachEngine } from "@gongkai/db/testing";
import { TRPCError } from "@trpc/server";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSession } from "./auth/sessions";
import { createContext } from "./context";
import { AppError, type ErrorCode } from "./errors";
import { appRouter, createCaller } from "./router";
import { callerFor, createTestApi, seedWorld, type TestApi, type World } from "./testing";
import type { Access } from "./trpc";

/*
 * The role matrix: every procedure of the router (read from the router's own record), called as each role with
 * real sessions. Whoever the procedure's declared access excludes gets UNAUTHENTICATED, FORBIDDEN or NOT_FOUND
 * and changes nothing (the audit log does not grow); nobody who may not see a draft finds a word of it in any
 * answer, successful or not.
 */

type Role = "anonymous" | "editorA" | "editorB" | "reviewerA" | "reviewerB" | "admin";
const ROLES: Role[] = ["anonymous", "editorA", "editorB", "reviewerA", "reviewerB", "admin"];

const DRAFT_A_SECRET = "机密草稿甲ZQX";
const DRAFT_B_SECRET = "机密草稿乙ZQY";
/** Who may see each secret. */
const SEES_A: Role[] = ["editorA", "reviewerA", "admin"];
const SEES_B: Role[] = ["editorB", "reviewerB", "admin"];

/** Who the declared access admits, for inputs that name township A or draft A. */
const ADMITS: Record<Access, Role[]> = {
  public: ROLES,
  signedIn: ["editorA", "editorB", "reviewerA", "reviewerB", "admin"],
  editor: ["editorA", "editorB", "admin"],
  admin: ["admin"],
  editorOfTownship: ["editorA", "admin"],
  viewerOfReport: ["editorA", "reviewerA", "admin"],
  editorOfReport: ["editorA", "admin"],
  reviewerOfReport: ["reviewerA", "admin"],
};

/** Answers every role gets, whatever the access: a draft is not public, not even to its editors through the public door. */
const SAME_FOR_ALL: Record<string, ErrorCode> = { "public.report": "NOT_FOUND" };

/** Where the handler narrows further what the access admits, and why. */
const NARROWER: Record<string, Role[]> = {
  // An import is its uploader's (and admins').
  "imports.get": ["editorA", "admin"],
  // Reviewers see the draft, but the domain's workflow gives `submit` to its editors.
  "workflow.transition": ["editorA", "admin"],
};

interface Fixture {
  world: World;
  /** Draft A's working version. */
  version: number;
  observationId: string;
  draftA: string;
  draftB: string;
  publishedA: string;
  sectionIds: string[];
  commentId: string;
  warningKey: string;
  importId: string;
}

type Example = (f: Fixture, role: Role) => unknown;

const obs = {
  indicatorCode: "fiscal_revenue",
  subject: "财政收入",
  decimal: "100",
  unit: "万元",
  qualifier: "exact",
  period: { type: "year", year: 2024 },
  kind: "actual",
  comparisons: { yoyPct: null, multiple: null, shareOfTargetPct: null },
  provenance: null,
};

const password = (f: Fixture, role: Role) =>
  role === "anonymous" ? f.world.passwords.editorA : f.world.passwords[role];

/** An input for every procedure; the test fails for a procedure that has none. */
const EXAMPLES: Record<string, Example> = {
  "auth.login": (f, role) => password(f, role),
  "auth.logout": () => ({}),
  "auth.me": () => ({}),
  "auth.changePassword": (f, role) => ({
    currentPassword: password(f, role).password,
    newPassword: "a-new-password-42",
  }),
  "auth.endOtherSessions": () => ({}),
  "public.directory": () => ({}),
  "public.township": (f) => ({ townshipId: f.world.townshipA }),
  "public.reports": (f) => ({ townshipId: f.world.townshipA }),
  "public.report": (f) => ({ reportId: f.draftA }),
  "public.indicators": () => ({}),
  "public.indicator": () => ({ code: "fiscal_revenue" }),
  "public.series": (f) => ({ code: "fiscal_revenue", townshipIds: [f.world.townshipA, f.world.townshipB] }),
  "public.comparison": () => ({ code: "fiscal_revenue", year: 2024 }),
  "public.promises": (f) => ({ townshipId: f.world.townshipA }),
  // Part of the secret, so that the echoed query alone does not look like a leak.
  "public.search": () => ({ q: DRAFT_A_SECRET.slice(2) }),
  "public.latest": () => ({ limit: 50 }),
  "places.list": () => ({}),
  "places.create": (f) => ({ level: "township", name: "新设镇", parentId: f.world.countyA }),
  "places.update": (f) => ({ placeId: f.world.townshipA2, name: "甲二镇", kind: "镇" }),
  "reports.mine": () => ({}),
  "reports.get": (f) => ({ reportId: f.draftA }),
  "reports.create": (f) => ({ townshipId: f.world.townshipA, kind: "work_summary", year: 2026 }),
  "reports.createFromImport": (f) => ({ townshipId: f.world.townshipA, importId: f.importId }),
  "reports.updateMeta": (f) => ({ reportId: f.draftA, baseVersion: f.version, patch: { title: "新标题" } }),
  "imports.create": () => ({ fileName: "a.txt", text: "望京镇2022年政府工作报告" }),
  "imports.get": (f) => ({ importId: f.importId }),
  "sections.add": (f) => ({
    reportId: f.draftA,
    baseVersion: f.version,
    afterSectionId: null,
    section: { level: 1, heading: "新节" },
  }),
  "sections.edit": (f) => ({
    reportId: f.draftA,
    baseVersion: f.version,
    sectionId: f.sectionIds[0],
    patch: { text: "改" },
  }),
  "sections.move": (f) => ({
    reportId: f.draftA,
    baseVersion: f.version,
    sectionId: f.sectionIds[1],
    toIndex: 0,
  }),
  "sections.delete": (f) => ({ reportId: f.draftA, baseVersion: f.version, sectionId: f.sectionIds[2] }),
  "sections.split": (f) => ({
    reportId: f.draftA,
    baseVersion: f.version,
    sectionId: f.sectionIds[0],
    at: 2,
  }),
  "sections.merge": (f) => ({ reportId: f.draftA, baseVersion: f.version, sectionId: f.sectionIds[1] }),
  "indicators.add": (f) => ({ reportId: f.draftA, baseVersion: f.version, observation: obs }),
  "indicators.edit": (f) => ({
    reportId: f.draftA,
    baseVersion: f.version,
    observationId: f.observationId,
    patch: { decimal: "1" },
  }),
  "indicators.confirm": (f) => ({
    reportId: f.draftA,
    baseVersion: f.version,
    observationIds: [f.observationId],
  }),
  "indicators.delete": (f) => ({
    reportId: f.draftA,
    baseVersion: f.version,
    observationId: f.observationId,
  }),
  "checks.run": (f) => ({ reportId: f.draftA }),
  "checks.acknowledge": (f) => ({ reportId: f.draftA, key: f.warningKey }),
  "workflow.transition": (f) => ({ reportId: f.draftA, baseVersion: f.version, event: { type: "submit" } }),
  "comments.list": (f) => ({ reportId: f.draftA }),
  "comments.add": (f) => ({ reportId: f.draftA, sectionId: f.sectionIds[0], body: "请核实" }),
  "comments.reply": (f) => ({ reportId: f.draftA, commentId: f.commentId, body: "已核实" }),
  "comments.resolve": (f) => ({ reportId: f.draftA, commentId: f.commentId }),
  "versions.list": (f) => ({ reportId: f.draftA }),
  "versions.get": (f) => ({ reportId: f.draftA, version: 1 }),
  "versions.diff": (f) => ({ reportId: f.draftA, from: 1, to: f.version }),
  "users.list": () => ({}),
  "users.create": () => ({ email: "new@example.org", name: "新用户", password: "new-password-42" }),
  "users.update": () => ({ userId: "usr-editorb", name: "乙编辑" }),
  "users.setGrants": (f) => ({
    userId: "usr-editorb",
    grants: [{ role: "editor", townshipIds: [f.world.townshipB] }],
  }),
  "users.resetPassword": () => ({ userId: "usr-editorb", password: "reset-password-42" }),
  "audit.list": () => ({}),
  "audit.forReport": (f) => ({ reportId: f.draftA }),
};

const procedures = (
  appRouter as unknown as {
    _def: {
      procedures: Record<string, { _def: { type: "query" | "mutation"; meta?: { access?: Access } } }>;
    };
  }
)._def.procedures;

async function setUp(api: TestApi): Promise<{ fixture: Fixture; tokens: Record<Role, string | null> }> {
  await api.store.reset();
  api.services.reads.invalidate();
  const world = await seedWorld(api.services);
  const editorA = callerFor(api.services, world.actors.editorA);
  const paragraph = `${DRAFT_A_SECRET}：全镇上下团结一心，扎实推进各项工作，取得新成效。`;
  const draft = await editorA.reports.create({
    townshipId: world.townshipA,
    kind: "government_work_report",
    year: 2025,
    title: DRAFT_A_SECRET,
  });
  const ids = draft.report.sections.map((s) => s.id);
  await editorA.sections.edit({
    reportId: draft.reportId,
    baseVersion: 1,
    sectionId: ids[0]!,
    patch: { text: `${paragraph}\n${paragraph}` },
  });
  const added = await editorA.indicators.add({
    reportId: draft.reportId,
    baseVersion: 2,
    observation: obs as never,
  });
  const warningKey = (await editorA.checks.run({ reportId: draft.reportId })).findings.find(
    (f) => f.code === "duplicate_paragraph",
  )?.key;
  const { commentId } = await callerFor(api.services, world.actors.reviewerA).comments.add({
    reportId: draft.reportId,
    sectionId: ids[0]!,
    body: `关于${DRAFT_A_SECRET}的意见`,
  });
  const draftB = await callerFor(api.services, world.actors.editorB).reports.create({
    townshipId: world.townshipB,
    kind: "government_work_report",
    year: 2025,
    title: DRAFT_B_SECRET,
  });
  const pub = await editorA.reports.create({
    townshipId: world.townshipA,
    kind: "government_work_report",
    year: 2024,
  });
  await editorA.workflow.transition({ reportId: pub.reportId, baseVersion: 1, event: { type: "submit" } });
  const reviewer = callerFor(api.services, world.actors.reviewerA);
  await reviewer.workflow.transition({ reportId: pub.reportId, baseVersion: 1, event: { type: "approve" } });
  await reviewer.workflow.transition({ reportId: pub.reportId, baseVersion: 1, event: { type: "publish" } });
  await api.store.db.insert(imports).values({
    id: "imp-a",
    fileName: "a.txt",
    format: "txt",
    sha256: "0",
    size: 1,
    bytes: new Uint8Array([1]),
    result: {
      source: { fileName: "a.txt", format: "txt", encoding: "utf-8", bytes: 1 },
      text: "",
      removed: [],
      documents: [],
    },
    createdBy: "usr-editora",
  });
  const tokens = { anonymous: null } as Record<Role, string | null>;
  for (const role of ROLES.filter((r) => r !== "anonymous")) {
    const actor = world.actors[role];
    if (actor.kind !== "user") continue;
    tokens[role] = (
      await createSession(api.store.db, actor.userId, api.services.now(), api.services.sessions, {
        ip: null,
        userAgent: null,
      })
    ).token;
  }
  return {
    fixture: {
      world,
      version: added.version,
      observationId: added.observationId,
      draftA: draft.reportId,
      draftB: draftB.reportId,
      publishedA: pub.reportId,
      sectionIds: ids,
      commentId,
      warningKey: warningKey ?? "missing",
      importId: "imp-a",
    },
    tokens,
  };
}

async function call(api: TestApi, token: string | null, path: string, input: unknown) {
  const ctx = await createContext(api.services, {
    ip: "127.0.0.1",
    userAgent: "role-matrix",
    sessionToken: token,
    secure: false,
    responseHeaders: new Headers(),
  });
  const caller = createCaller(ctx) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [area = "", verb = ""] = path.split(".");
  try {
    return { ok: true as const, value: await caller[area]![verb]!(input) };
  } catch (e) {
    const app = e instanceof TRPCError && e.cause instanceof AppError ? e.cause : null;
    return {
      ok: false as const,
      code: (app?.code ?? `unexpected ${String(e)}`) as ErrorCode | string,
      error: app,
    };
  }
}

const auditCount = async (api: TestApi) =>
  Number((await api.store.db.select({ n: count() }).from(auditLog))[0]?.n);

describeEachEngine("the role matrix", (engine) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(engine);
  });
  afterAll(() => api.close());

  it("has an example input for every procedure of the router, and no other", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(procedures).sort());
    for (const [path, p] of Object.entries(procedures)) expect(p._def.meta?.access, path).toBeDefined();
  });

  for (const path of Object.keys(procedures)) {
    it(`${path}: only the roles its access admits get through, and no draft leaks`, async () => {
      const { fixture, tokens } = await setUp(api);
      const access = procedures[path]?._def.meta?.access ?? "admin";
      const admitted = NARROWER[path] ?? ADMITS[access];
      const example = EXAMPLES[path];
      if (!example) throw new Error(`no example for ${path}`);
      // Refused roles first, so that an admitted role's change cannot mask a refusal.
      const order = [
        ...ROLES.filter((r) => !admitted.includes(r)),
        ...ROLES.filter((r) => admitted.includes(r)),
      ];
      for (const role of order) {
        const before = await auditCount(api);
        const result = await call(api, tokens[role], path, example(fixture, role));
        const seen = JSON.stringify(result.ok ? result.value : result.error);
        if (!SEES_A.includes(role))
          expect(seen, `${path} as ${role} shows draft A`).not.toContain(DRAFT_A_SECRET);
        if (!SEES_B.includes(role))
          expect(seen, `${path} as ${role} shows draft B`).not.toContain(DRAFT_B_SECRET);
        const expected = SAME_FOR_ALL[path];
        if (expected) {
          expect(result.ok ? "OK" : result.code, `${path} as ${role}`).toBe(expected);
        } else if (admitted.includes(role)) {
          if (!result.ok) {
            expect(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"], `${path} refused ${role}`).not.toContain(
              result.code,
            );
            expect(result.code, `${path} as ${role}`).not.toMatch(/^unexpected/);
          }
        } else {
          expect(result.ok, `${path} let ${role} through`).toBe(false);
          if (!result.ok)
            expect(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"], `${path} as ${role}`).toContain(
              result.code,
            );
          expect(await auditCount(api), `${path} as ${role} changed something`).toBe(before);
        }
      }
    });
  }
});

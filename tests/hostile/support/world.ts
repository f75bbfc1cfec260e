import { createCaller, createLoginLimits, type Services } from "@gongkai/api";
import {
  callerFor,
  contextFor,
  createTestApi,
  seedWorld,
  type TestApi,
  type World,
} from "@gongkai/api/testing";
import { reports } from "@gongkai/db";
import { eq } from "drizzle-orm";

/*
 * A small world for attacks: two counties, an editor and a reviewer of each, an admin; a draft of township A with
 * a figure, a comment and a warning; a published report; an import. Every procedure of the router has a valid
 * example input here (the generated tests mutate it), read from the live store so that the version an edit
 * names is the current one.
 */

export interface Fixture {
  api: TestApi;
  world: World;
  draftA: string;
  draftB: string;
  publishedA: string;
  sectionIds: string[];
  observationId: string;
  commentId: string;
  warningKey: string;
  importId: string;
  /** The draft's current version, read from the store. */
  version(): Promise<number>;
  /** A session token for each signed-in role. */
  tokens: Record<"admin" | "editorA" | "editorB" | "reviewerA" | "reviewerB", string>;
}

export const OBSERVATION = {
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

/** Empties the store and builds the world again. */
export async function buildFixture(api: TestApi): Promise<Fixture> {
  await api.store.reset();
  api.services.reads.invalidate();
  api.services.loginLimits = createLoginLimits();
  const world = await seedWorld(api.services);
  const editorA = callerFor(api.services, world.actors.editorA);
  const reviewerA = callerFor(api.services, world.actors.reviewerA);
  const paragraph = "全镇上下团结一心，扎实推进各项工作，取得新成效。";
  const draft = await editorA.reports.create({
    townshipId: world.townshipA,
    kind: "government_work_report",
    year: 2025,
  });
  const sectionIds = draft.report.sections.map((s) => s.id);
  await editorA.sections.edit({
    reportId: draft.reportId,
    baseVersion: 1,
    sectionId: sectionIds[0] ?? "",
    patch: { text: `${paragraph}\n${paragraph}` },
  });
  const added = await editorA.indicators.add({
    reportId: draft.reportId,
    baseVersion: 2,
    observation: OBSERVATION as never,
  });
  const findings = (await editorA.checks.run({ reportId: draft.reportId })).findings;
  const warningKey = findings.find((f) => f.code === "duplicate_paragraph")?.key ?? "missing";
  const { commentId } = await reviewerA.comments.add({
    reportId: draft.reportId,
    sectionId: sectionIds[0] ?? null,
    body: "请核实",
  });
  const draftB = await callerFor(api.services, world.actors.editorB).reports.create({
    townshipId: world.townshipB,
    kind: "government_work_report",
    year: 2025,
  });
  const pub = await editorA.reports.create({
    townshipId: world.townshipA,
    kind: "government_work_report",
    year: 2024,
  });
  await editorA.workflow.transition({ reportId: pub.reportId, baseVersion: 1, event: { type: "submit" } });
  await reviewerA.workflow.transition({ reportId: pub.reportId, baseVersion: 1, event: { type: "approve" } });
  await reviewerA.workflow.transition({ reportId: pub.reportId, baseVersion: 1, event: { type: "publish" } });
  const imported = await editorA.imports.create({
    fileName: "报告.txt",
    text: "样本镇2024年政府工作报告\n一、2024年工作回顾\n全年完成财政收入100万元。",
  });
  const tokens = {} as Fixture["tokens"];
  for (const role of ["admin", "editorA", "editorB", "reviewerA", "reviewerB"] as const) {
    tokens[role] = await signIn(api.services, world.passwords[role]);
  }
  return {
    api,
    world,
    draftA: draft.reportId,
    draftB: draftB.reportId,
    publishedA: pub.reportId,
    sectionIds,
    observationId: added.observationId,
    commentId,
    warningKey,
    importId: imported.importId,
    tokens,
    version: async () => {
      const [row] = await api.store.db
        .select({ version: reports.headVersion })
        .from(reports)
        .where(eq(reports.id, draft.reportId));
      return row?.version ?? 1;
    },
  };
}

/** Signs in through `auth.login` (a real session, as a browser would get) and returns the session token. */
export async function signIn(
  services: Services,
  login: { email: string; password: string },
): Promise<string> {
  let token = "";
  const ctx = {
    ...contextFor(services, { kind: "anonymous" }),
    setSessionCookie: (t: string) => (token = t),
  };
  await createCaller(ctx).auth.login(login);
  return token;
}

export { createTestApi };

type Example = (f: Fixture, version: number) => unknown;

/** A valid input for every procedure of the router; the generated tests fail for a procedure without one. */
export const EXAMPLES: Record<string, Example> = {
  "auth.login": (f) => f.world.passwords.editorA,
  "auth.logout": () => ({}),
  "auth.me": () => ({}),
  "auth.changePassword": (f) => ({
    currentPassword: f.world.passwords.admin.password,
    newPassword: "a-new-password-42",
  }),
  "auth.endOtherSessions": () => ({}),
  "public.directory": () => ({}),
  "public.township": (f) => ({ townshipId: f.world.townshipA }),
  "public.reports": (f) => ({ townshipId: f.world.townshipA, year: 2024, page: 1, pageSize: 20 }),
  "public.report": (f) => ({ reportId: f.publishedA, version: 1 }),
  "public.indicators": () => ({}),
  "public.indicator": () => ({ code: "fiscal_revenue" }),
  "public.series": (f) => ({
    code: "fiscal_revenue",
    townshipIds: [f.world.townshipA, f.world.townshipB],
    fromYear: 2020,
    toYear: 2025,
  }),
  "public.comparison": (f) => ({
    code: "fiscal_revenue",
    year: 2024,
    countyId: f.world.countyA,
    kind: "actual",
  }),
  "public.promises": (f) => ({ townshipId: f.world.townshipA, code: "fiscal_revenue", year: 2024 }),
  "public.search": (f) => ({ q: "工作", townshipId: f.world.townshipA, year: 2024, page: 1 }),
  "public.latest": () => ({ limit: 50 }),
  "places.list": () => ({}),
  "places.create": (f) => ({ level: "township", name: "新设镇", kind: "镇", parentId: f.world.countyA }),
  "places.update": (f) => ({ placeId: f.world.townshipA2, name: "甲二镇", kind: "镇" }),
  "reports.mine": () => ({ state: "draft" }),
  "reports.get": (f) => ({ reportId: f.draftA }),
  "reports.create": (f) => ({
    townshipId: f.world.townshipA,
    kind: "work_summary",
    year: 2026,
    title: "总结",
  }),
  "reports.createFromImport": (f) => ({
    townshipId: f.world.townshipA,
    importId: f.importId,
    documentIndex: 0,
    restoreRemovals: [],
    rejectIndicators: [],
    confirmIndicators: [0],
    correctIndicators: [{ index: 0, patch: { decimal: "101" } }],
    title: "导入的报告",
    year: 2024,
  }),
  "reports.updateMeta": (f, v) => ({
    reportId: f.draftA,
    baseVersion: v,
    patch: {
      title: "新标题",
      meeting: { name: "镇第十四届人民代表大会第三次会议", congress: 14, session: 3 },
      presenter: { name: "张三", title: "镇长" },
      deliveredOn: "2025-01-10",
      disclosure: {
        indexNumber: "000-2025-001",
        publisher: "甲镇人民政府",
        method: "proactive",
        subject: "政府工作报告",
        publishedOn: "2025-01-12",
        effectiveOn: null,
      },
      sourceUrl: "https://example.org/report",
    },
  }),
  "imports.create": () => ({ fileName: "a.txt", text: "望京镇2022年政府工作报告" }),
  "imports.get": (f) => ({ importId: f.importId }),
  "sections.add": (f, v) => ({
    reportId: f.draftA,
    baseVersion: v,
    afterSectionId: f.sectionIds[0],
    section: { level: 2, heading: "新节", text: "正文", numbering: "cn_dun", role: null, topics: [] },
  }),
  "sections.edit": (f, v) => ({
    reportId: f.draftA,
    baseVersion: v,
    sectionId: f.sectionIds[0],
    patch: { heading: "改", text: "改" },
  }),
  "sections.move": (f, v) => ({ reportId: f.draftA, baseVersion: v, sectionId: f.sectionIds[1], toIndex: 0 }),
  "sections.delete": (f, v) => ({ reportId: f.draftA, baseVersion: v, sectionId: f.sectionIds[2] }),
  "sections.split": (f, v) => ({
    reportId: f.draftA,
    baseVersion: v,
    sectionId: f.sectionIds[0],
    at: 2,
    heading: "分节",
  }),
  "sections.merge": (f, v) => ({ reportId: f.draftA, baseVersion: v, sectionId: f.sectionIds[1] }),
  "indicators.add": (f, v) => ({ reportId: f.draftA, baseVersion: v, observation: OBSERVATION }),
  "indicators.edit": (f, v) => ({
    reportId: f.draftA,
    baseVersion: v,
    observationId: f.observationId,
    patch: { decimal: "1", unit: "万元", subject: "财政收入" },
  }),
  "indicators.confirm": (f, v) => ({
    reportId: f.draftA,
    baseVersion: v,
    observationIds: [f.observationId],
    confirmed: true,
  }),
  "indicators.delete": (f, v) => ({ reportId: f.draftA, baseVersion: v, observationId: f.observationId }),
  "checks.run": (f) => ({ reportId: f.draftA }),
  "checks.acknowledge": (f) => ({ reportId: f.draftA, key: f.warningKey, note: "已核实" }),
  "workflow.transition": (f, v) => ({ reportId: f.draftA, baseVersion: v, event: { type: "submit" } }),
  "comments.list": (f) => ({ reportId: f.draftA }),
  "comments.add": (f) => ({ reportId: f.draftA, sectionId: f.sectionIds[0], body: "请核实" }),
  "comments.reply": (f) => ({ reportId: f.draftA, commentId: f.commentId, body: "已核实" }),
  "comments.resolve": (f) => ({ reportId: f.draftA, commentId: f.commentId, resolved: true }),
  "versions.list": (f) => ({ reportId: f.draftA }),
  "versions.get": (f) => ({ reportId: f.draftA, version: 1 }),
  "versions.diff": (f, v) => ({ reportId: f.draftA, from: 1, to: v }),
  "users.list": () => ({}),
  "users.create": () => ({
    email: "new@example.org",
    name: "新用户",
    password: "new-password-42",
    grants: [{ role: "reviewer", countyId: "cnty-a" }],
  }),
  "users.update": () => ({ userId: "usr-editorb", name: "乙编辑", email: "editorb@example.org" }),
  "users.setGrants": (f) => ({
    userId: "usr-editorb",
    grants: [{ role: "editor", townshipIds: [f.world.townshipB] }],
  }),
  "users.resetPassword": () => ({ userId: "usr-editorb", password: "reset-password-42" }),
  "audit.list": () => ({ actorId: "usr-admin", action: "auth.login", limit: 10 }),
  "audit.forReport": (f) => ({ reportId: f.draftA, limit: 10 }),
};

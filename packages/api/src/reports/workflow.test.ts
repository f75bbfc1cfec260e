import { auditLog, reportVersions } from "@gongkai/db";
import { describeEachEngine } from "@gongkai/db/testing";
import { TRPCError } from "@trpc/server";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { AppError } from "../errors";
import { callerFor, createTestApi, seedWorld, type TestApi, type World } from "../testing";
import { publishDue } from "./scheduler";

const appCode = async (p: Promise<unknown>) => {
  try {
    await p;
    return "OK";
  } catch (e) {
    return e instanceof TRPCError && e.cause instanceof AppError ? e.cause.code : `unexpected: ${String(e)}`;
  }
};

describeEachEngine("editing and the workflow", (engine) => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await createTestApi(engine);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.store.reset();
    api.services.reads.invalidate();
    world = await seedWorld(api.services);
  });

  const as = (who: keyof World["actors"]) => callerFor(api.services, world.actors[who]);

  async function newReport() {
    return as("editorA").reports.create({
      townshipId: world.townshipA,
      kind: "government_work_report",
      year: 2025,
    });
  }

  it("creates a draft from the template of its kind", async () => {
    const created = await newReport();
    expect(created.version).toBe(1);
    expect(created.report.title).toBe("甲镇2025年政府工作报告");
    expect(created.report.sections.map((s) => s.role)).toContain("review");
    const got = await as("reviewerA").reports.get({ reportId: created.reportId });
    expect(got.state).toBe("draft");
    expect(got.availableEvents).toEqual([]);
    expect((await as("editorA").reports.get({ reportId: created.reportId })).availableEvents).toEqual([
      "submit",
    ]);
  });

  it("draws the 索引号 of a publication by the deployment's rule", async () => {
    api.services.indexNumberRule = { template: "GK-{year}-{category}-{seq:3}" };
    try {
      const { reportId } = await newReport();
      let v = (
        await as("editorA").workflow.transition({ reportId, baseVersion: 1, event: { type: "submit" } })
      ).version;
      v = (
        await as("reviewerA").workflow.transition({ reportId, baseVersion: v, event: { type: "approve" } })
      ).version;
      await as("reviewerA").workflow.transition({ reportId, baseVersion: v, event: { type: "publish" } });
      const shown = await as("anonymous").public.report({ reportId });
      expect(shown.status === "published" && shown.report.disclosure).toMatchObject({
        indexNumber: "GK-2025-government_work_report-001",
        publisher: "甲镇人民政府",
        method: "proactive",
      });
    } finally {
      api.services.indexNumberRule = { template: "{org}/{year}-{seq:5}" };
    }
  });

  const FIGURE = {
    indicatorCode: "fiscal_revenue",
    subject: "财政收入",
    decimal: "2630",
    unit: "万元",
    qualifier: "exact",
    period: { type: "year", year: 2024 },
    kind: "actual",
    comparisons: { yoyPct: null, multiple: null, shareOfTargetPct: null },
    provenance: null,
    preliminary: true,
    confirmed: false,
  } as const;

  async function reportWithRevisedFigure() {
    const { reportId } = await newReport();
    const added = await as("editorA").indicators.add({ reportId, baseVersion: 1, observation: FIGURE });
    const revised = await as("editorA").indicators.edit({
      reportId,
      baseVersion: added.version,
      observationId: added.observationId,
      patch: { decimal: "2700" },
      revision: { note: "决算数" },
    });
    return { reportId, observationId: added.observationId, version: revised.version, revised };
  }

  it("keeps the value before a revision in the figure's history, written by the server with the time", async () => {
    const { revised } = await reportWithRevisedFigure();
    expect(revised.report.observations[0]).toMatchObject({
      decimal: "2700",
      unit: "万元",
      preliminary: false,
      revisions: [
        { decimal: "2630", unit: "万元", note: "决算数", revisedAt: api.services.now().toISOString() },
      ],
    });
  });

  it("changes only the fields of a figure an edit names, keeping its revisions and preliminary mark", async () => {
    const { reportId, observationId, version } = await reportWithRevisedFigure();
    const before = (await as("editorA").reports.get({ reportId })).report.observations[0]!;
    const flagged = await as("editorA").indicators.edit({
      reportId,
      baseVersion: version,
      observationId,
      patch: { preliminary: true },
    });
    const edited = await as("editorA").indicators.edit({
      reportId,
      baseVersion: flagged.version,
      observationId,
      patch: { decimal: "0.27", unit: "亿元" },
    });
    expect(edited.report.observations[0]).toMatchObject({
      decimal: "0.27",
      unit: "亿元",
      preliminary: true,
      revisions: before.revisions,
      confirmed: false,
    });
  });

  it("keeps a growth target's measure through an edit that leaves it out, and confirms it", async () => {
    const { reportId } = await newReport();
    const added = await as("editorA").indicators.add({
      reportId,
      baseVersion: 1,
      observation: {
        ...FIGURE,
        decimal: "6",
        unit: "%",
        qualifier: "approx",
        kind: "target",
        measure: "growth",
        preliminary: false,
      },
    });
    const edited = await as("editorA").indicators.edit({
      reportId,
      baseVersion: added.version,
      observationId: added.observationId,
      patch: { decimal: "6.5" },
    });
    expect(edited.report.observations[0]).toMatchObject({
      measure: "growth",
      decimal: "6.5",
      confirmed: false,
    });
    const confirmed = await as("editorA").indicators.confirm({
      reportId,
      baseVersion: edited.version,
      observationIds: [added.observationId],
      confirmed: true,
    });
    expect(confirmed.report.observations[0]).toMatchObject({ measure: "growth", confirmed: true });
  });

  it("refuses a client's attempt to rewrite, forge or delete a figure's revision history", async () => {
    const { reportId, observationId, version } = await reportWithRevisedFigure();
    const history = (await as("editorA").reports.get({ reportId })).report.observations[0]!.revisions;
    expect(history).toHaveLength(1);
    const forged = [{ decimal: "1", unit: "元", note: "伪造", revisedAt: "2020-01-01T00:00:00Z" }];
    const edit = (patch: Record<string, unknown>) =>
      as("editorA").indicators.edit({
        reportId,
        baseVersion: version,
        observationId,
        patch: patch as { decimal?: string },
      });
    expect(await appCode(edit({ revisions: [] }))).toBe("VALIDATION");
    expect(await appCode(edit({ revisions: forged }))).toBe("VALIDATION");
    expect(await appCode(edit({ decimal: "1", revisions: forged }))).toBe("VALIDATION");
    // A new figure starts without history: a forged one is refused, an empty list is accepted.
    const add = (revisions: unknown[]) =>
      as("editorA").indicators.add({
        reportId,
        baseVersion: version,
        observation: { ...FIGURE, revisions } as typeof FIGURE,
      });
    expect(await appCode(add(forged))).toBe("VALIDATION");
    const after = await as("editorA").reports.get({ reportId });
    expect(after.version).toBe(version);
    expect(after.report.observations[0]!.revisions).toEqual(history);
    const added = await add([]);
    expect(added.report.observations.at(-1)!.revisions).toEqual([]);
  });

  it("refuses an edit based on a stale version and keeps the first one", async () => {
    const { reportId, report } = await newReport();
    const sectionId = report.sections[0]!.id;
    const first = await as("editorA").sections.edit({
      reportId,
      baseVersion: 1,
      sectionId,
      patch: { text: "第一位编辑的文字" },
    });
    expect(first.version).toBe(2);
    const stale = as("admin").sections.edit({
      reportId,
      baseVersion: 1,
      sectionId,
      patch: { text: "第二位编辑的文字" },
    });
    expect(await appCode(stale)).toBe("VERSION_CONFLICT");
    const now = await as("editorA").reports.get({ reportId });
    expect(now.version).toBe(2);
    expect(now.report.sections[0]!.text).toBe("第一位编辑的文字");
  });

  it("lets exactly one of two simultaneous edits on the same version through", async () => {
    const { reportId, report } = await newReport();
    const sectionId = report.sections[0]!.id;
    const results = await Promise.all(
      ["甲", "乙"].map((t) =>
        appCode(as("editorA").sections.edit({ reportId, baseVersion: 1, sectionId, patch: { text: t } })),
      ),
    );
    expect(results.sort()).toEqual(["OK", "VERSION_CONFLICT"]);
    const versions = await api.store.db
      .select({ n: count() })
      .from(reportVersions)
      .where(eq(reportVersions.reportId, reportId));
    expect(versions[0]?.n).toBe(2);
  });

  it("audits each mutation in its transaction, and a refused one not at all", async () => {
    const { reportId, report } = await newReport();
    const before = await api.store.db.select({ n: count() }).from(auditLog);
    await as("editorA").sections.edit({
      reportId,
      baseVersion: 1,
      sectionId: report.sections[0]!.id,
      patch: { heading: "回顾" },
    });
    expect(
      await appCode(
        as("editorA").sections.edit({
          reportId,
          baseVersion: 1,
          sectionId: report.sections[0]!.id,
          patch: { heading: "x" },
        }),
      ),
    ).toBe("VERSION_CONFLICT");
    expect(
      await appCode(
        as("editorA").sections.edit({
          reportId,
          baseVersion: 2,
          sectionId: report.sections[0]!.id,
          patch: { level: 3 },
        }),
      ),
    ).toBe("VALIDATION");
    const rows = await api.store.db.select().from(auditLog).where(eq(auditLog.reportId, reportId));
    expect(rows.map((r) => r.action)).toEqual(["reports.create", "sections.edit"]);
    const edit = rows[1]!;
    expect(edit.actorId).toBe("usr-editora");
    expect((edit.before as { heading: string }).heading).toBe("上年工作回顾");
    expect((edit.after as { heading: string }).heading).toBe("回顾");
    const after = await api.store.db.select({ n: count() }).from(auditLog);
    expect(Number(after[0]!.n) - Number(before[0]!.n)).toBe(1);
  });

  it("names the field of a validation error", async () => {
    const { reportId, report } = await newReport();
    try {
      await as("editorA").sections.edit({
        reportId,
        baseVersion: 1,
        sectionId: report.sections[0]!.id,
        patch: { level: 3 },
      });
      expect.unreachable();
    } catch (e) {
      const app = (e as TRPCError).cause as AppError;
      expect(app.code).toBe("VALIDATION");
      expect(app.fields[0]?.path).toBe("report.sections[0].level");
      expect(app.localized.zh).toContain("输入有误");
    }
  });

  it("blocks submission on errors and on unacknowledged warnings, and records acknowledgements", async () => {
    const { reportId, report } = await newReport();
    const [review, , , , plan] = report.sections;
    let v = (
      await as("editorA").sections.edit({
        reportId,
        baseVersion: 1,
        sectionId: review!.id,
        patch: { text: "20xx年全镇工作" },
      })
    ).version;
    expect(
      await appCode(
        as("editorA").workflow.transition({ reportId, baseVersion: v, event: { type: "submit" } }),
      ),
    ).toBe("CHECKS_BLOCKING");
    const paragraph = "全镇上下团结一心，扎实推进各项工作，经济社会发展取得新成效。";
    v = (
      await as("editorA").sections.edit({
        reportId,
        baseVersion: v,
        sectionId: review!.id,
        patch: { text: paragraph },
      })
    ).version;
    v = (
      await as("editorA").sections.edit({
        reportId,
        baseVersion: v,
        sectionId: plan!.id,
        patch: { text: paragraph },
      })
    ).version;
    const checked = await as("editorA").checks.run({ reportId });
    const warning = checked.findings.find((f) => f.code === "duplicate_paragraph");
    expect(warning?.acknowledged).toBe(false);
    expect(
      await appCode(
        as("editorA").workflow.transition({ reportId, baseVersion: v, event: { type: "submit" } }),
      ),
    ).toBe("CHECKS_BLOCKING");
    await as("editorA").checks.acknowledge({ reportId, key: warning!.key, note: "两处均需保留" });
    expect((await as("editorA").checks.run({ reportId })).blocking).toBe(0);
    const submitted = await as("editorA").workflow.transition({
      reportId,
      baseVersion: v,
      event: { type: "submit" },
    });
    expect(submitted.state).toBe("in_review");
  });

  it("takes a report from draft to publication and shows only the published version to the public", async () => {
    const { reportId, report } = await newReport();
    let v = (
      await as("editorA").sections.edit({
        reportId,
        baseVersion: 1,
        sectionId: report.sections[0]!.id,
        patch: { text: "樱桃产业产值增长显著" },
      })
    ).version;
    await as("editorA").workflow.transition({ reportId, baseVersion: v, event: { type: "submit" } });
    expect(
      await appCode(
        as("reviewerB").workflow.transition({ reportId, baseVersion: v, event: { type: "approve" } }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await appCode(
        as("editorA").workflow.transition({ reportId, baseVersion: v, event: { type: "approve" } }),
      ),
    ).toBe("FORBIDDEN");
    await as("reviewerA").workflow.transition({
      reportId,
      baseVersion: v,
      event: { type: "approve", comment: "同意" },
    });
    expect(await appCode(as("anonymous").public.report({ reportId }))).toBe("NOT_FOUND");
    const published = await as("reviewerA").workflow.transition({
      reportId,
      baseVersion: v,
      event: { type: "publish" },
    });
    expect(published).toMatchObject({
      state: "published",
      version: v + 1,
      publishedVersion: v + 1,
      publicChanged: true,
    });
    const shown = await as("anonymous").public.report({ reportId });
    expect(shown.status).toBe("published");
    if (shown.status !== "published") return;
    expect(shown.report.sections[0]!.text).toBe("樱桃产业产值增长显著");
    expect(shown.report.disclosure?.indexNumber).toMatch(/\/2025-00001$/);
    expect((await as("anonymous").public.search({ q: "樱桃" })).hits.map((h) => h.reportId)).toEqual([
      reportId,
    ]);

    // A correction: the public keeps seeing the published text until the correction is published.
    v = published.version;
    await as("editorA").workflow.transition({
      reportId,
      baseVersion: v,
      event: { type: "start_correction" },
    });
    v = (
      await as("editorA").sections.edit({
        reportId,
        baseVersion: v,
        sectionId: report.sections[0]!.id,
        patch: { text: "樱桃产业产值增长两成" },
      })
    ).version;
    const stillOld = await as("anonymous").public.report({ reportId });
    expect(stillOld.status === "published" && stillOld.report.sections[0]!.text).toBe("樱桃产业产值增长显著");
    await as("editorA").workflow.transition({ reportId, baseVersion: v, event: { type: "submit" } });
    await as("reviewerA").workflow.transition({ reportId, baseVersion: v, event: { type: "approve" } });
    expect(
      await appCode(
        as("reviewerA").workflow.transition({ reportId, baseVersion: v, event: { type: "publish" } }),
      ),
    ).toBe("WORKFLOW_REFUSED");
    await as("reviewerA").workflow.transition({
      reportId,
      baseVersion: v,
      event: { type: "publish", changeNote: "更正产值增幅" },
    });
    const corrected = await as("anonymous").public.report({ reportId });
    if (corrected.status !== "published") throw new Error("not published");
    expect(corrected.report.sections[0]!.text).toBe("樱桃产业产值增长两成");
    expect(corrected.publications.map((p) => p.changeNote)).toEqual([null, "更正产值增幅"]);
    const first = await as("anonymous").public.report({
      reportId,
      version: corrected.publications[0]!.version,
    });
    expect(first.status === "published" && first.report.sections[0]!.text).toBe("樱桃产业产值增长显著");
    expect((await as("anonymous").public.latest({})).map((e) => e.correction)).toEqual([true, false]);

    // Withdrawal: a notice instead of the text, out of search.
    await as("reviewerA").workflow.transition({
      reportId,
      baseVersion: corrected.version,
      event: { type: "withdraw", reason: "数据有误，待核实" },
    });
    const withdrawn = await as("anonymous").public.report({ reportId });
    expect(withdrawn).toMatchObject({ status: "withdrawn", notice: { reason: "数据有误，待核实" } });
    expect((await as("anonymous").public.search({ q: "樱桃" })).total).toBe(0);
  });

  it("publishes a scheduled publication missed while the server was down when it starts again", async () => {
    const { reportId } = await newReport();
    await as("editorA").workflow.transition({ reportId, baseVersion: 1, event: { type: "submit" } });
    await as("reviewerA").workflow.transition({ reportId, baseVersion: 1, event: { type: "approve" } });
    const at = new Date(api.clock.now().getTime() + 3_600_000).toISOString();
    const scheduled = await as("reviewerA").workflow.transition({
      reportId,
      baseVersion: 1,
      event: { type: "schedule", at },
    });
    expect(scheduled).toMatchObject({ state: "scheduled", scheduledAt: at });
    expect(await publishDue(api.services)).toEqual([]);
    api.clock.advance(2 * 3_600_000);
    const published = await publishDue(api.services, { startup: true });
    expect(published).toEqual([reportId]);
    expect((await as("anonymous").public.report({ reportId })).status).toBe("published");
    const log = await api.store.db.select().from(auditLog).where(eq(auditLog.action, "workflow.publish_due"));
    expect(log.map((r) => r.actorKind)).toEqual(["system"]);
  });
});

import { readFileSync } from "node:fs";
import { imports } from "@gongkai/db";
import { describeEachEngine } from "@gongkai/db/testing";
import { Report } from "@gongkai/domain";
import type { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, assert, beforeAll, expect, it } from "vitest";
import type { AppError } from "../errors";
import { callerFor, createTestApi, seedWorld, type TestApi, type World } from "../testing";

const sample = (name: string) => readFileSync(new URL(`../../../../samples/${name}`, import.meta.url));

describeEachEngine("importing a file", (engine) => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await createTestApi(engine);
    world = await seedWorld(api.services);
  });
  afterAll(() => api.close());

  it("keeps the original bytes and makes a valid draft with unconfirmed figures", async () => {
    const editor = callerFor(api.services, world.actors.editorA);
    const bytes = sample("wangjing-2022-gwr.txt");
    const { importId, result } = await editor.imports.create({
      fileName: "wangjing-2022-gwr.txt",
      contentBase64: bytes.toString("base64"),
    });
    assert(result, "a report's import result comes back with the reply");
    expect(result.documents.length).toBeGreaterThan(0);
    const [stored] = await api.store.db.select().from(imports).where(eq(imports.id, importId));
    expect(Buffer.from(stored!.bytes).equals(bytes)).toBe(true);

    const doc = result.documents[0]!;
    const removal = result.removed.findIndex((r) => r.at >= doc.span.start && r.at <= doc.span.end);
    const created = await editor.reports.createFromImport({
      townshipId: world.townshipA,
      importId,
      restoreRemovals: removal >= 0 ? [removal] : [],
      rejectIndicators: [0],
    });
    expect(Report.safeParse(created.report).success).toBe(true);
    expect(created.report.title).toContain("2022");
    expect(created.report.source).toMatchObject({ method: "import", importId });
    expect(created.report.observations.length).toBe(doc.indicators.length - 1);
    expect(created.report.observations.every((o) => !o.confirmed)).toBe(true);
    if (removal >= 0) {
      const restored = result.removed[removal]!.text.trim();
      expect(created.report.sections.some((s) => s.text.includes(restored))).toBe(true);
    }
    // Every figure still points at its clause in its section's text.
    for (const o of created.report.observations) {
      const section = created.report.sections.find((s) => s.id === o.provenance?.sectionId);
      expect(section?.text.slice(o.provenance!.start, o.provenance!.end)).toBe(o.provenance!.quote);
    }
  });

  it("confirms and corrects extracted figures as the editor decided before the draft is made", async () => {
    const editor = callerFor(api.services, world.actors.editorA);
    const bytes = sample("wangjing-2022-gwr.txt");
    const { importId, result } = await editor.imports.create({
      fileName: "wangjing-2022-gwr.txt",
      contentBase64: bytes.toString("base64"),
    });
    assert(result, "a report's import result comes back with the reply");
    const doc = result.documents[0]!;
    expect(doc.indicators.length).toBeGreaterThanOrEqual(3);
    const created = await editor.reports.createFromImport({
      townshipId: world.townshipA,
      importId,
      rejectIndicators: [0],
      confirmIndicators: [1],
      correctIndicators: [{ index: 2, patch: { decimal: "12345", unit: "万元", kind: "target" } }],
    });
    const [first, second, ...rest] = created.report.observations;
    expect(first).toMatchObject({ indicatorCode: doc.indicators[1]!.code, confirmed: true });
    expect(second).toMatchObject({ decimal: "12345", unit: "万元", kind: "target", confirmed: true });
    expect(rest.every((o) => !o.confirmed)).toBe(true);
    await expect(
      editor.reports.createFromImport({
        townshipId: world.townshipA,
        importId,
        rejectIndicators: [1],
        confirmIndicators: [1],
      }),
    ).rejects.toThrow();
    await expect(
      editor.reports.createFromImport({
        townshipId: world.townshipA,
        importId,
        confirmIndicators: [100_000],
      }),
    ).rejects.toThrow();
  });

  it("restores fragments removed above the first section into its text, in their order, spans kept", async () => {
    const editor = callerFor(api.services, world.actors.editorA);
    const { importId, result } = await editor.imports.create({
      fileName: "summary-2020-plan-2021-pdf.txt",
      contentBase64: sample("summary-2020-plan-2021-pdf.txt").toString("base64"),
    });
    assert(result, "a report's import result comes back with the reply");
    const doc = result.documents[0]!;
    const first = doc.sections[0]!;
    const above = result.removed.flatMap((r, i) => (r.at < first.textSpan.start ? [i] : []));
    expect(above.length).toBeGreaterThanOrEqual(2);
    const created = await editor.reports.createFromImport({
      townshipId: world.townshipA,
      importId,
      restoreRemovals: [above[1]!, above[0]!],
    });
    const text = created.report.sections[0]!.text;
    const [a, b] = [result.removed[above[0]!]!.text, result.removed[above[1]!]!.text];
    expect(text.startsWith(`${a}\n${b}\n`)).toBe(true);
    expect(text.endsWith(first.text)).toBe(true);
    for (const o of created.report.observations) {
      const section = created.report.sections.find((s) => s.id === o.provenance?.sectionId);
      expect(section?.text.slice(o.provenance!.start, o.provenance!.end)).toBe(o.provenance!.quote);
    }
  });

  it("refuses an unsupported file with the pipeline's message", async () => {
    const editor = callerFor(api.services, world.actors.editorA);
    try {
      await editor.imports.create({
        fileName: "a.exe",
        contentBase64: Buffer.from("MZ\0\0").toString("base64"),
      });
      expect.unreachable();
    } catch (e) {
      const app = (e as TRPCError).cause as AppError;
      expect(app.code).toBe("IMPORT_FAILED");
      expect(app.localized.zh).toContain("不支持");
    }
  });

  it("does not let another editor use someone's import", async () => {
    const mine = await callerFor(api.services, world.actors.editorA).imports.create({
      fileName: "t.txt",
      text: "望京镇2022年政府工作报告\n一、工作回顾\n全镇完成财政收入2630万元。",
    });
    const other = callerFor(api.services, world.actors.editorB);
    await expect(other.imports.get({ importId: mine.importId })).rejects.toThrow();
  });
});

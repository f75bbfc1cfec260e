import { describeEachEngine } from "@gongkai/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, validationError } from "./errors";
import { callerFor, createTestApi, seedWorld, type TestApi, type World } from "./testing";

const HAN = /\p{Script=Han}/u;

describe("a validation error", () => {
  const Input = z.object({ title: z.string().min(1), year: z.number().int(), kind: z.enum(["a", "b"]) });
  const errorOf = (value: unknown) => {
    const parsed = Input.safeParse(value);
    if (parsed.success) throw new Error("expected a failure");
    return validationError(parsed.error, ["report"]);
  };

  it("says what is wrong in Chinese in zh and in English in en, naming the field in both", () => {
    const e = errorOf({ title: "", year: 2024, kind: "a" });
    expect(e.code).toBe("VALIDATION");
    expect(e.localized.zh).toContain("report.title");
    expect(e.localized.zh).toMatch(HAN);
    expect(e.localized.zh).not.toMatch(/Too small|expected/);
    expect(e.localized.zh).toContain("数值过小");
    expect(e.localized.en).toBe("Invalid report.title: Too small: expected string to have >=1 characters");
  });

  it("gives every failing field its message in both languages", () => {
    const e = errorOf({ title: "x", year: "2024", kind: "c" });
    expect(e.fields.map((f) => f.path)).toEqual(["report.year", "report.kind"]);
    const [year, kind] = e.fields;
    expect(year?.localized?.zh).toBe("无效输入：期望 数字，实际接收 string");
    expect(year?.localized?.en).toBe("Invalid input: expected number, received string");
    expect(year?.message).toBe(year?.localized?.en);
    expect(kind?.localized?.zh).toMatch(/^无效选项/);
  });

  it("translates what a coerced query parameter received (NaN)", () => {
    const parsed = z.object({ year: z.coerce.number() }).safeParse({ year: "abc" });
    const e = validationError(parsed.error!);
    expect(e.localized.zh).toBe("输入有误：year — 无效输入：期望 数字，实际接收 NaN");
    expect(e.localized.en).toBe("Invalid year: Invalid input: expected number, received NaN");
  });

  it("names a missing field in both languages", () => {
    const e = errorOf({ year: 2024, kind: "a" });
    expect(e.localized.zh).toBe("输入有误：report.title — 无效输入：期望 string，实际接收 undefined");
    expect(e.localized.en).toBe("Invalid report.title: Invalid input: expected string, received undefined");
  });

  it("keeps a message the schema wrote itself as written, and leaves zod's global locale English", () => {
    const Code = z.object({ code: z.string().regex(/^\d{12}$/, "a 12-digit statistical division code") });
    const parsed = Code.safeParse({ code: "1" });
    const e = validationError(parsed.error!);
    expect(e.fields[0]?.localized).toEqual({
      zh: "a 12-digit statistical division code",
      en: "a 12-digit statistical division code",
    });
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe(
      "Invalid input: expected string, received number",
    );
  });
});

describeEachEngine("a procedure's input validation", (engine) => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await createTestApi(engine);
    world = await seedWorld(api.services);
  });
  afterAll(() => api.close());

  it("answers VALIDATION with the field named, in Chinese and in English", async () => {
    const editor = callerFor(api.services, world.actors.editorA);
    const refused = await editor.reports
      .create({ townshipId: world.townshipA, kind: "government_work_report", year: 1800 })
      .then(
        () => null,
        (e: unknown) => (e instanceof TRPCError && e.cause instanceof AppError ? e.cause : null),
      );
    expect(refused?.code).toBe("VALIDATION");
    expect(refused?.fields[0]?.path).toBe("year");
    expect(refused?.localized.zh).toMatch(/^输入有误：year — /);
    expect(refused?.localized.zh).toContain("数值过小");
    expect(refused?.localized.en).toBe("Invalid year: Too small: expected number to be >=1949");
  });
});

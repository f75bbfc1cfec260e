import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amount, convert, MEASURE_UNITS, parseUnit, toBaseUnit } from "./unit";

describe("convert", () => {
  it("turns 16.4亿元 into exactly 1640000000元", () => {
    const r = convert(amount("16.4", "亿元"), "元");
    expect(r).toEqual({ ok: true, value: { value: "1640000000", unit: "元" } });
  });

  it.each([
    ["1.9", "万头", "头", "19000"],
    ["15", "亩", "平方米", "10000"],
    ["3.6", "公里", "米", "3600"],
    ["2", "吨", "斤", "4000"],
    ["1", "平方公里", "亩", "1500"],
    ["0.1", "亿元", "万元", "1000"],
  ])("converts %s%s to %s exactly", (value, from, to, expected) => {
    const r = convert(amount(value, from), to);
    expect(r.ok && r.value.value).toBe(expected);
  });

  it("refuses to convert across dimensions or currencies", () => {
    expect(convert(amount("1", "万元"), "亩").ok).toBe(false);
    expect(convert(amount("1", "万美元"), "元").ok).toBe(false);
    expect(convert(amount("1", "户"), "人").ok).toBe(false);
  });

  const groups = new Map<string, string[]>();
  for (const d of MEASURE_UNITS) groups.set(d.base, [...(groups.get(d.base) ?? []), d.symbol]);
  const pairs = [...groups.values()].flatMap((symbols) =>
    symbols.flatMap((a) => symbols.map((b) => [a, b] as const)),
  );
  const magnitudes = ["", "万", "亿", "千"];

  const exact = (symbol: string) => !MEASURE_UNITS.find((d) => d.symbol === symbol)?.factor.includes("/");

  it("round-trips a value exactly through any unit of the same base whose factor is a decimal", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs.filter(([a, b]) => exact(a) && exact(b))),
        fc.constantFrom(...magnitudes),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 4 }),
        ([from, to], magnitude, whole, decimals) => {
          const value = (whole / 10 ** decimals).toFixed(decimals);
          const there = convert(amount(value, magnitude + from), to);
          expect(there.ok).toBe(true);
          if (!there.ok) return;
          const back = convert(there.value, magnitude + from);
          expect(back.ok && back.value.value).toBe(amount(value, "x").value);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("round-trips through 亩, whose factor has no exact decimal, to twelve significant places", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("平方米", "平方公里", "公顷", "万平方米"),
        fc.integer({ min: 1, max: 10 ** 9 }),
        (to, n) => {
          const there = convert(amount(n, "亩"), to);
          if (!there.ok) throw new Error(there.error);
          const back = convert(there.value, "亩");
          expect(back.ok).toBe(true);
          if (back.ok) expect(Math.abs(Number(back.value.value) - n) / n).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("parseUnit", () => {
  it("takes magnitude and unit apart", () => {
    const r = parseUnit("万元");
    expect(r.ok && [r.value.magnitude, r.value.definition.symbol]).toEqual(["10000", "元"]);
  });

  it("knows count words and keeps each its own base", () => {
    expect(toBaseUnit("4", "万羽")).toEqual({ ok: true, value: { value: "40000", unit: "羽" } });
  });

  it("knows the counts of events and batches reports write: 42批次, 300余户次, 15届", () => {
    for (const w of ["批次", "户次", "件次", "车次", "笔", "种", "届", "标箱"]) {
      const r = parseUnit(`万${w}`);
      expect(r.ok && [r.value.magnitude, r.value.definition.base]).toEqual(["10000", w]);
    }
  });

  it("converts litres and millilitres into cubic metres exactly: 19.6万毫升 is 0.196 m³", () => {
    expect(toBaseUnit("19.6", "万毫升")).toEqual({ ok: true, value: { value: "0.196", unit: "立方米" } });
    expect(convert(amount("5000", "升"), "立方").ok && convert(amount("5000", "升"), "立方")).toEqual({
      ok: true,
      value: { value: "5", unit: "立方" },
    });
  });

  it("keeps Hong Kong dollars and yen apart from yuan", () => {
    expect(convert(amount("1", "港元"), "元").ok).toBe(false);
    expect(convert(amount("1", "万日元"), "日元")).toEqual({
      ok: true,
      value: { value: "10000", unit: "日元" },
    });
  });

  it("refuses unknown units", () => {
    expect(parseUnit("光年").ok).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { annotateSource, removalsWithin } from "./annotate-source";

const text = (segments: ReturnType<typeof annotateSource>, source: string) =>
  segments.map((s) =>
    s.kind === "text"
      ? `${source.slice(s.start, s.end)}[${s.marks.map((m) => m.type[0]).join("")}]`
      : `<r${s.index}>`,
  );

describe("annotating an imported text", () => {
  const source = "财政收入2630万元,同比增长30%。xx镇";
  it("cuts the text at every mark boundary and carries the marks that cover each run", () => {
    const segments = annotateSource(
      { start: 0, end: source.length },
      [
        { type: "quantity", index: 0, start: 4, end: 10 },
        { type: "indicator", index: 0, start: 4, end: 10 },
        { type: "quantity", index: 1, start: 15, end: 18 },
        { type: "placeholder", index: 0, start: 19, end: 22 },
      ],
      [],
    );
    expect(text(segments, source)).toEqual([
      "财政收入[]",
      "2630万元[qi]",
      ",同比增长[]",
      "30%[q]",
      "。[]",
      "xx镇[p]",
    ]);
  });

  it("puts each removal where it was taken from, in order, and nothing outside the range", () => {
    const segments = annotateSource(
      { start: 4, end: 19 },
      [],
      [{ at: 10 }, { at: 30 }, { at: 10 }, { at: 4 }, { at: 19 }],
    );
    expect(text(segments, source)).toEqual([
      "<r3>",
      "2630万元[]",
      "<r0>",
      "<r2>",
      ",同比增长30%。[]",
      "<r4>",
    ]);
  });

  it("clips marks that reach outside the range and drops empty ones", () => {
    const segments = annotateSource(
      { start: 4, end: 8 },
      [
        { type: "heading", index: 0, start: 0, end: 6 },
        { type: "quantity", index: 0, start: 7, end: 7 },
      ],
      [],
    );
    expect(text(segments, source)).toEqual(["26[h]", "30[]"]);
  });

  it("lists the removals that stood inside a document", () => {
    expect(
      removalsWithin({ span: { start: 10, end: 20 } }, [{ at: 5 }, { at: 10 }, { at: 20 }, { at: 21 }]),
    ).toEqual([1, 2]);
  });
});

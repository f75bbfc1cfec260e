import { readFileSync } from "node:fs";
import { Report } from "@gongkai/domain";
import { describe, expect, it } from "vitest";
import { diffReports } from "./diff";
import { deleteSection, mergeWithPrevious, moveSection, splitSection } from "./section-ops";

const example = () =>
  Report.parse(
    JSON.parse(readFileSync(new URL("../../../domain/examples/report.json", import.meta.url), "utf8")),
  );

describe("section changes", () => {
  it("move a section with its subsections", () => {
    const r = example();
    moveSection(r, "s1", 2);
    expect(r.sections.map((s) => s.id)).toEqual(["s3", "s4", "s1", "s2", "s5"]);
    expect(Report.safeParse(r).success).toBe(true);
  });

  it("lift the subsections of a deleted section and keep its figures' quotes", () => {
    const r = example();
    deleteSection(r, "s1");
    expect(r.sections.map((s) => [s.id, s.level])).toEqual([
      ["s2", 1],
      ["s3", 1],
      ["s4", 1],
      ["s5", 1],
    ]);
    const o = r.observations.find((x) => x.id === "o1");
    expect(o?.provenance).toMatchObject({ sectionId: null, quote: "完成财政收入2630万元,同比增长30%" });
    expect(Report.safeParse(r).success).toBe(true);
  });

  const anchored = (r: Report) => {
    const p = r.observations.find((x) => x.id === "o1")?.provenance;
    const text = r.sections.find((s) => s.id === p?.sectionId)?.text ?? "";
    return text.slice(p?.start, p?.end);
  };

  it("split a section and move the figures of its second half along", () => {
    const r = example();
    const before = anchored(r);
    splitSection(r, "s1", 6, { id: "s1b", heading: "财政", numbering: "none", role: "review", topics: [] });
    expect(r.sections.slice(0, 2).map((s) => s.text)).toEqual([
      "2021年,",
      "全镇完成财政收入2630万元,同比增长30%。",
    ]);
    expect(r.observations.find((x) => x.id === "o1")?.provenance?.sectionId).toBe("s1b");
    expect(anchored(r)).toBe(before);
  });

  it("merge a section into the one before it, keeping its heading as a line and its figures anchored", () => {
    const r = example();
    const before = anchored(r);
    splitSection(r, "s1", 6, { id: "s1b", heading: "财政", numbering: "none", role: "review", topics: [] });
    mergeWithPrevious(r, "s1b");
    expect(r.sections[0]!.text).toBe("2021年,\n财政\n全镇完成财政收入2630万元,同比增长30%。");
    expect(anchored(r)).toBe(before);
  });
});

describe("the difference between two versions", () => {
  it("names changed metadata, sections and figures, and moves", () => {
    const a = example();
    const b = example();
    b.title = "新标题";
    b.sections[2]!.text = "改过的文字";
    moveSection(b, "s5", 0);
    b.observations.pop();
    const d = diffReports(a, b);
    expect(d.meta.map((m) => m.field)).toEqual(["title"]);
    expect(d.sections.map((s) => [s.id, s.change, s.fields])).toEqual(
      expect.arrayContaining([
        ["s3", "changed", ["text"]],
        ["s5", "moved", []],
      ]),
    );
    expect(d.observations.map((o) => o.change)).toEqual(["removed"]);
  });
});

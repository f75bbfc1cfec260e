import { describe, expect, it } from "vitest";
import { afterSave, planSave, resolved, type SectionDraft } from "./drafts";

const draft = (over: Partial<SectionDraft>): SectionDraft => ({
  sectionId: "s1",
  base: { heading: "工作回顾", text: "原文。" },
  heading: "工作回顾",
  text: "原文。",
  revision: 1,
  ...over,
});

describe("planning the save of a section draft", () => {
  it("sends only the fields the editor changed", () => {
    const plan = planSave(draft({ text: "原文。新增。" }), { heading: "工作回顾", text: "原文。" });
    expect(plan).toEqual({
      kind: "send",
      patch: { text: "原文。新增。" },
      base: { heading: "工作回顾", text: "原文。" },
    });
  });

  it("takes a field only someone else changed, and still sends this editor's other field", () => {
    const plan = planSave(draft({ text: "原文。新增。" }), { heading: "一年来的工作", text: "原文。" });
    expect(plan).toEqual({
      kind: "send",
      patch: { text: "原文。新增。" },
      base: { heading: "一年来的工作", text: "原文。" },
    });
  });

  it("is a conflict when both changed the same field differently", () => {
    const plan = planSave(draft({ text: "原文。我的。" }), { heading: "工作回顾", text: "原文。他的。" });
    expect(plan).toEqual({
      kind: "conflict",
      fields: ["text"],
      theirs: { heading: "工作回顾", text: "原文。他的。" },
    });
  });

  it("is clean when both made the same change or nothing changed", () => {
    expect(planSave(draft({ text: "同样。" }), { heading: "工作回顾", text: "同样。" })).toEqual({
      kind: "clean",
    });
    expect(planSave(draft({}), { heading: "工作回顾", text: "原文。" })).toEqual({ kind: "clean" });
  });

  it("notices a section someone deleted", () => {
    expect(planSave(draft({ text: "x" }), undefined)).toEqual({ kind: "gone" });
  });
});

describe("after a save", () => {
  it("drops a draft when nothing was typed meanwhile", () => {
    const d = draft({ text: "新。", revision: 4 });
    expect(afterSave(d, { heading: "工作回顾", text: "新。" }, 4)).toBeNull();
  });

  it("keeps words typed while the save was on its way", () => {
    const d = draft({ text: "新。更新。", revision: 5 });
    expect(afterSave(d, { heading: "工作回顾", text: "新。" }, 4)).toMatchObject({
      base: { text: "新。" },
      text: "新。更新。",
    });
  });

  it("stands a settled conflict on their version with the merged words", () => {
    const d = resolved(
      draft({ text: "我的。" }),
      { heading: "工作回顾", text: "他的。" },
      { heading: "工作回顾", text: "他的。\n我的。" },
    );
    expect(planSave(d, { heading: "工作回顾", text: "他的。" })).toMatchObject({
      kind: "send",
      patch: { text: "他的。\n我的。" },
    });
  });
});

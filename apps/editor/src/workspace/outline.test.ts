import { describe, expect, it } from "vitest";
import { blockEnd, dropTarget, indentTarget, moveDownTarget, moveUpTarget, outdentTarget } from "./outline";

// 一 (1) [一.1 (2), 一.2 (2)], 二 (1), 三 (1) [三.1 (2)]
const sections = [
  { id: "a", level: 1 },
  { id: "a1", level: 2 },
  { id: "a2", level: 2 },
  { id: "b", level: 1 },
  { id: "c", level: 1 },
  { id: "c1", level: 2 },
];

/** The order after a move, as the server's moveSection does it. */
function apply(index: number, t: { toIndex: number; level: number } | null) {
  if (!t) return null;
  const end = blockEnd(sections, index);
  const block = sections.slice(index, end);
  const delta = t.level - (block[0]?.level ?? 0);
  const rest = [...sections.slice(0, index), ...sections.slice(end)];
  rest.splice(t.toIndex, 0, ...block.map((s) => ({ ...s, level: s.level + delta })));
  return rest.map((s) => `${s.id}${s.level}`).join(" ");
}

describe("moving sections in the outline", () => {
  it("moves a section with its subsections down past the next one", () => {
    expect(apply(0, moveDownTarget(sections, 0))).toBe("b1 a1 a12 a22 c1 c12");
    expect(apply(3, moveDownTarget(sections, 3))).toBe("a1 a12 a22 c1 c12 b1");
    expect(apply(1, moveDownTarget(sections, 1))).toBe("a1 a22 a12 b1 c1 c12");
    expect(moveDownTarget(sections, 4)).toBeNull();
    expect(moveDownTarget(sections, 2)).toBeNull();
  });

  it("moves a section up before its previous sibling, both with their subsections", () => {
    expect(apply(3, moveUpTarget(sections, 3))).toBe("b1 a1 a12 a22 c1 c12");
    expect(apply(4, moveUpTarget(sections, 4))).toBe("a1 a12 a22 c1 c12 b1");
    expect(apply(2, moveUpTarget(sections, 2))).toBe("a1 a22 a12 b1 c1 c12");
    expect(moveUpTarget(sections, 0)).toBeNull();
    expect(moveUpTarget(sections, 1)).toBeNull();
  });

  it("indents under the section before and outdents", () => {
    expect(apply(3, indentTarget(sections, 3, 6))).toBe("a1 a12 a22 b2 c1 c12");
    expect(indentTarget(sections, 0, 6)).toBeNull();
    expect(apply(2, indentTarget(sections, 2, 6))).toBe("a1 a12 a23 b1 c1 c12");
    expect(indentTarget(sections, 1, 6)).toBeNull();
    expect(indentTarget(sections, 2, 2)).toBeNull();
    expect(apply(5, outdentTarget(sections, 5))).toBe("a1 a12 a22 b1 c1 c11");
    expect(outdentTarget(sections, 0)).toBeNull();
  });

  it("drops before a section when dragged up and after its subsections when dragged down", () => {
    expect(apply(4, dropTarget(sections, "c", "a"))).toBe("c1 c12 a1 a12 a22 b1");
    expect(apply(0, dropTarget(sections, "a", "b"))).toBe("b1 a1 a12 a22 c1 c12");
    expect(dropTarget(sections, "a", "a1")).toBeNull();
    expect(dropTarget(sections, "a", "a")).toBeNull();
  });
});

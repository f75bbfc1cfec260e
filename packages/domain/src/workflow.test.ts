import { describe, expect, it } from "vitest";
import type { Actor } from "./role";
import { availableEvents, isPublic, transition, type WorkflowSubject } from "./workflow";

const place = { townshipId: "t-a", countyId: "c-1" };
const editorA: Actor = { kind: "user", userId: "u1", grants: [{ role: "editor", townshipIds: ["t-a"] }] };
const editorB: Actor = { kind: "user", userId: "u2", grants: [{ role: "editor", townshipIds: ["t-b"] }] };
const reviewer: Actor = { kind: "user", userId: "u3", grants: [{ role: "reviewer", countyId: "c-1" }] };
const otherReviewer: Actor = { kind: "user", userId: "u4", grants: [{ role: "reviewer", countyId: "c-2" }] };
const admin: Actor = { kind: "user", userId: "u5", grants: [{ role: "admin" }] };
const now = new Date("2022-03-01T00:00:00+08:00");
const draft: WorkflowSubject = { state: "draft", place, hasPublishedVersion: false };

function run(
  subject: WorkflowSubject,
  steps: Array<[Actor, Parameters<typeof transition>[1]]>,
): WorkflowSubject {
  return steps.reduce((s, [actor, event]) => {
    const r = transition(s, event, actor, now);
    if (!r.ok) throw new Error(`${event.type}: ${r.error.code}`);
    return r.value;
  }, subject);
}

describe("the publication workflow", () => {
  it("takes a draft through review to publication", () => {
    const done = run(draft, [
      [editorA, { type: "submit" }],
      [reviewer, { type: "approve" }],
      [reviewer, { type: "publish" }],
    ]);
    expect(done.state).toBe("published");
    expect(isPublic(done)).toBe(true);
  });

  it("sends a rejected report back to draft", () => {
    const back = run(draft, [
      [editorA, { type: "submit" }],
      [reviewer, { type: "reject", reason: "数据需核实" }],
    ]);
    expect(back.state).toBe("draft");
  });

  it("refuses the wrong role at every step", () => {
    expect(transition(draft, { type: "submit" }, editorB, now)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    const inReview = run(draft, [[editorA, { type: "submit" }]]);
    expect(transition(inReview, { type: "approve" }, editorA, now).ok).toBe(false);
    expect(transition(inReview, { type: "approve" }, otherReviewer, now).ok).toBe(false);
    expect(transition(inReview, { type: "approve" }, { kind: "anonymous" }, now).ok).toBe(false);
    expect(transition(inReview, { type: "approve" }, admin, now).ok).toBe(true);
  });

  it("refuses a step the state does not allow", () => {
    expect(transition(draft, { type: "publish" }, reviewer, now)).toMatchObject({
      ok: false,
      error: { code: "not_allowed_from_state" },
    });
  });

  it("publishes a scheduled report only when it is due, and only by the scheduler", () => {
    const scheduled = run(draft, [
      [editorA, { type: "submit" }],
      [reviewer, { type: "approve" }],
      [reviewer, { type: "schedule", at: "2022-03-02T09:00:00+08:00" }],
    ]);
    expect(scheduled.state).toBe("scheduled");
    expect(transition(scheduled, { type: "publish_due" }, { kind: "system" }, now)).toMatchObject({
      ok: false,
      error: { code: "not_due" },
    });
    expect(transition(scheduled, { type: "publish_due" }, admin, new Date("2022-03-03")).ok).toBe(false);
    const later = transition(
      scheduled,
      { type: "publish_due" },
      { kind: "system" },
      new Date("2022-03-02T09:00:00+08:00"),
    );
    expect(later.ok && later.value.state).toBe("published");
  });

  it("keeps a report public while its correction is drafted, and needs a change note to publish it", () => {
    const published = run(draft, [
      [editorA, { type: "submit" }],
      [reviewer, { type: "approve" }],
      [reviewer, { type: "publish" }],
    ]);
    const correcting = run(published, [
      [editorA, { type: "start_correction" }],
      [editorA, { type: "submit" }],
      [reviewer, { type: "approve" }],
    ]);
    expect(isPublic(correcting)).toBe(true);
    expect(transition(correcting, { type: "publish" }, reviewer, now)).toMatchObject({
      ok: false,
      error: { code: "change_note_required" },
    });
    expect(
      transition(correcting, { type: "publish", changeNote: "更正财政收入数据" }, reviewer, now).ok,
    ).toBe(true);
  });

  it("hides a withdrawn report and lets it be reworked", () => {
    const withdrawn = run(draft, [
      [editorA, { type: "submit" }],
      [reviewer, { type: "approve" }],
      [reviewer, { type: "publish" }],
      [reviewer, { type: "withdraw", reason: "内容有误,重新审核" }],
    ]);
    expect(isPublic(withdrawn)).toBe(false);
    expect(run(withdrawn, [[editorA, { type: "reopen" }]]).state).toBe("draft");
  });

  it("lists what each actor can do now", () => {
    expect(availableEvents(draft, editorA)).toEqual(["submit"]);
    expect(availableEvents(draft, reviewer)).toEqual([]);
    expect(availableEvents({ ...draft, state: "in_review" }, reviewer)).toEqual(["approve", "reject"]);
  });
});

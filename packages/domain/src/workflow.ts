import { z } from "zod";
import { err, ok, type Result } from "./result";
import { type Actor, editsTownship, isAdmin, type ReportPlace, reviewsCounty } from "./role";
import { IsoDateTime } from "./text";

/**
 * Where a report's working copy stands. A published report keeps its public version while a correction is
 * drafted, reviewed and approved: what the public sees is the last published version, not this state.
 */
export const WorkflowState = z.enum([
  "draft",
  "in_review",
  "approved",
  "scheduled",
  "published",
  "withdrawn",
]);
export type WorkflowState = z.infer<typeof WorkflowState>;

export const WORKFLOW_STATE_LABELS: Record<WorkflowState, { zh: string; en: string }> = {
  draft: { zh: "草稿", en: "Draft" },
  in_review: { zh: "审核中", en: "In review" },
  approved: { zh: "已审核", en: "Approved" },
  scheduled: { zh: "定时发布", en: "Scheduled" },
  published: { zh: "已发布", en: "Published" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
};

export const MAX_REASON_LENGTH = 2000;
const Reason = z.string().trim().min(2).max(MAX_REASON_LENGTH);

/** What someone does to move a report along. */
export const WorkflowEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("submit") }),
  /** The editor takes a submission back before review. */
  z.object({ type: z.literal("recall") }),
  z.object({ type: z.literal("approve"), comment: z.string().max(MAX_REASON_LENGTH).optional() }),
  z.object({ type: z.literal("reject"), reason: Reason }),
  z.object({ type: z.literal("publish"), changeNote: Reason.optional() }),
  z.object({ type: z.literal("schedule"), at: IsoDateTime, changeNote: Reason.optional() }),
  z.object({ type: z.literal("unschedule") }),
  /** The scheduler's move once a scheduled time has come. */
  z.object({ type: z.literal("publish_due") }),
  z.object({ type: z.literal("withdraw"), reason: Reason }),
  /** Opens a correction of a published report; its public version stays up meanwhile. */
  z.object({ type: z.literal("start_correction") }),
  /** Takes a withdrawn report back to draft to rework it. */
  z.object({ type: z.literal("reopen") }),
]);
export type WorkflowEvent = z.infer<typeof WorkflowEvent>;
export type WorkflowEventType = WorkflowEvent["type"];

/** The parts of a report the state machine looks at. */
export interface WorkflowSubject {
  state: WorkflowState;
  place: ReportPlace;
  /** Whether a version is (or was) public: publishing again is then a correction and needs a change note. */
  hasPublishedVersion: boolean;
  scheduledAt?: string | null;
}

type Who = "editor" | "reviewer" | "system";
interface Rule {
  from: readonly WorkflowState[];
  to: WorkflowState;
  who: readonly Who[];
}

/** Every move the workflow allows; anything not listed here is refused. Admins may do what editors and reviewers do. */
export const TRANSITIONS: Readonly<Record<WorkflowEventType, Rule>> = {
  submit: { from: ["draft"], to: "in_review", who: ["editor"] },
  recall: { from: ["in_review"], to: "draft", who: ["editor"] },
  approve: { from: ["in_review"], to: "approved", who: ["reviewer"] },
  reject: { from: ["in_review", "approved", "scheduled"], to: "draft", who: ["reviewer"] },
  publish: { from: ["approved"], to: "published", who: ["reviewer"] },
  schedule: { from: ["approved"], to: "scheduled", who: ["reviewer"] },
  unschedule: { from: ["scheduled"], to: "approved", who: ["reviewer"] },
  publish_due: { from: ["scheduled"], to: "published", who: ["system"] },
  withdraw: { from: ["published"], to: "withdrawn", who: ["reviewer"] },
  start_correction: { from: ["published"], to: "draft", who: ["editor", "reviewer"] },
  reopen: { from: ["withdrawn"], to: "draft", who: ["editor", "reviewer"] },
};

export interface TransitionRefusal {
  code: "not_allowed_from_state" | "forbidden" | "change_note_required" | "not_due";
  message: { zh: string; en: string };
}

/**
 * Applies a workflow event, or says why it cannot be applied. Pure: `now` is passed in.
 * @example transition({ state: "draft", place, hasPublishedVersion: false }, { type: "submit" }, editorOfPlace, now)
 *   // { ok: true, value: { state: "in_review", … } }
 */
export function transition(
  subject: WorkflowSubject,
  event: WorkflowEvent,
  actor: Actor,
  now: Date,
): Result<WorkflowSubject, TransitionRefusal> {
  const rule = TRANSITIONS[event.type];
  if (!mayAct(actor, rule.who, subject.place)) {
    return err({ code: "forbidden", message: { zh: "您无权执行此操作", en: "You may not do this" } });
  }
  if (!rule.from.includes(subject.state)) {
    return err({
      code: "not_allowed_from_state",
      message: {
        zh: `报告当前状态不允许此操作`,
        en: `A report in state ${subject.state} cannot take the step ${event.type}`,
      },
    });
  }
  const isCorrection = subject.hasPublishedVersion;
  if ((event.type === "publish" || event.type === "schedule") && isCorrection && !event.changeNote) {
    return err({
      code: "change_note_required",
      message: { zh: "发布更正须填写公开的更正说明", en: "A correction needs a public change note" },
    });
  }
  if (event.type === "publish_due" && (!subject.scheduledAt || new Date(subject.scheduledAt) > now)) {
    return err({
      code: "not_due",
      message: { zh: "尚未到定时发布时间", en: "The scheduled time has not come" },
    });
  }
  return ok({
    ...subject,
    state: rule.to,
    hasPublishedVersion: subject.hasPublishedVersion || rule.to === "published",
    scheduledAt: event.type === "schedule" ? event.at : rule.to === "scheduled" ? subject.scheduledAt : null,
  });
}

function mayAct(actor: Actor, who: readonly Who[], place: ReportPlace): boolean {
  if (actor.kind === "system") return who.includes("system");
  if (isAdmin(actor)) return !who.includes("system") || who.length > 1;
  return (
    (who.includes("editor") && editsTownship(actor, place)) ||
    (who.includes("reviewer") && reviewsCounty(actor, place))
  );
}

/** The events an actor could take now, for showing the right buttons. */
export function availableEvents(subject: WorkflowSubject, actor: Actor): WorkflowEventType[] {
  return (Object.keys(TRANSITIONS) as WorkflowEventType[]).filter((type) => {
    const rule = TRANSITIONS[type];
    return rule.from.includes(subject.state) && mayAct(actor, rule.who, subject.place);
  });
}

/** Whether the public sees a report: it has a published version and was not withdrawn. */
export function isPublic(subject: Pick<WorkflowSubject, "state" | "hasPublishedVersion">): boolean {
  return subject.hasPublishedVersion && subject.state !== "withdrawn";
}

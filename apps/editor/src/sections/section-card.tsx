import {
  MAX_SECTION_LEVEL,
  NumberingStyle,
  SECTION_ROLE_LABELS,
  SECTION_TOPIC_LABELS,
  type Section,
  SectionRole,
  SectionTopic,
} from "@gongkai/domain";
import { useEffect, useId, useRef, useState } from "react";
import { Link } from "wouter";
import { useI18n } from "../i18n/i18n";
import { LocalError } from "../lib/app-error";
import { ErrorMessage } from "../ui/error-message";
import { indentTarget, moveDownTarget, moveUpTarget, outdentTarget } from "../workspace/outline";
import { useSession } from "../workspace/report-session";
import { findExcerpt } from "./find-excerpt";

const NUMBERING_LABELS: Record<NumberingStyle, string> = {
  cn_dun: "一、",
  cn_paren: "(一)",
  arabic_dot: "1.",
  arabic_paren: "(1)",
  dash: "——",
  cn_ordinal: "一是",
  none: "—",
};

/**
 * One section: its heading and text (saved as they are typed), its level, numbering, role and topics, and the
 * changes to its place in the report: move, indent, split at the cursor, merge into the one before, add, delete.
 */
export function SectionCard({
  section,
  index,
  marker,
  openThreads,
}: {
  section: Section;
  index: number;
  marker: string;
  openThreads: number;
}) {
  const { t, l } = useI18n();
  const session = useSession();
  const { working, drafts, conflicts, reportId } = session;
  const editable = working.canEdit;
  const words = session.words(section);
  const draft = drafts[section.id];
  const conflict = conflicts[section.id];
  const headingRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const id = useId();
  const sections = working.report.sections;

  // A finding or a figure asked to be shown here: scroll to it and select its words.
  const focus = session.focus;
  useEffect(() => {
    if (!focus || focus.sectionId !== section.id) return;
    const el = focus.field === "text" ? textRef.current : headingRef.current;
    if (!el) return;
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
    if (focus.start != null && focus.end != null) {
      const range = findExcerpt(el.value, focus.start, focus.end, focus.excerpt);
      el.setSelectionRange(range.start, range.end);
    }
    session.doneFocus(focus.seq);
  }, [focus, section.id, session.doneFocus]);

  const run = (op: Parameters<typeof session.edit>[0]) => {
    setError(null);
    return session.edit(op).catch((e) => {
      setError(e);
      return null;
    });
  };
  const move = (target: ReturnType<typeof moveUpTarget>) =>
    target
      ? run((w, c) =>
          c.sections.move.mutate({
            reportId: w.id,
            baseVersion: w.version,
            sectionId: section.id,
            ...target,
          }),
        )
      : undefined;
  const patch = (p: Partial<Pick<Section, "numbering" | "role" | "topics">>) =>
    run((w, c) =>
      c.sections.edit.mutate({ reportId: w.id, baseVersion: w.version, sectionId: section.id, patch: p }),
    );

  const split = async () => {
    const at = textRef.current?.selectionStart ?? words.text.length;
    if (!(await session.flush()) && session.drafts[section.id]) {
      setError(
        new LocalError({ zh: "请先保存或合并本节的修改", en: "Save or merge this section's changes first" }),
      );
      return;
    }
    const r = await run((w, c) =>
      c.sections.split.mutate({
        reportId: w.id,
        baseVersion: w.version,
        sectionId: section.id,
        at,
        heading: "",
        numbering: "none",
      }),
    );
    if (r && "sectionId" in r) session.requestFocus({ sectionId: r.sectionId as string, field: "heading" });
  };
  const addAfter = async () => {
    const r = await run((w, c) => {
      const i = w.report.sections.findIndex((s) => s.id === section.id);
      let last = i;
      while ((w.report.sections[last + 1]?.level ?? 0) > section.level) last++;
      return c.sections.add.mutate({
        reportId: w.id,
        baseVersion: w.version,
        afterSectionId: w.report.sections[last]?.id ?? section.id,
        section: {
          level: section.level,
          heading: "",
          numbering: section.numbering,
          role: section.role,
          topics: [],
          text: "",
        },
      });
    });
    if (r && "sectionId" in r) session.requestFocus({ sectionId: r.sectionId as string, field: "heading" });
  };

  const headingLabel = t("sectionHeadingN", { n: index + 1 });
  return (
    <section
      className={`section-card level-${section.level} ${draft ? "has-draft" : ""} ${conflict ? "has-conflict" : ""}`}
      id={`section-${section.id}`}
      aria-label={words.heading ? `${marker}${words.heading}` : headingLabel}
    >
      <div className="section-heading-row">
        <span className="marker" aria-hidden="true">
          {marker}
        </span>
        <label className="visually-hidden" htmlFor={`${id}-heading`}>
          {headingLabel}
        </label>
        <input
          id={`${id}-heading`}
          ref={headingRef}
          className="heading-input"
          type="text"
          maxLength={200}
          value={words.heading}
          placeholder={t("headingPlaceholder")}
          readOnly={!editable}
          onChange={(e) => session.type(section, { heading: e.target.value })}
          onBlur={() => draft && session.saveSoon(section.id)}
        />
        {openThreads > 0 ? (
          <Link href={`/reports/${reportId}/review#comments-${section.id}`} className="badge badge-comments">
            {t("openComments", { n: openThreads })}
          </Link>
        ) : null}
        {conflict ? (
          <span className="badge badge-conflict">{t("conflictBadge")}</span>
        ) : draft ? (
          <span className="badge badge-draft">{t("unsavedBadge")}</span>
        ) : null}
      </div>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {t("sectionTextN", { n: index + 1 })}
      </label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        className="section-text"
        lang="zh-CN"
        value={words.text}
        rows={Math.min(24, Math.max(3, Math.ceil(words.text.length / 48) + words.text.split("\n").length))}
        readOnly={!editable}
        placeholder={t("textPlaceholder")}
        onChange={(e) => session.type(section, { text: e.target.value })}
        onBlur={() => draft && session.saveSoon(section.id)}
      />
      {editable ? (
        <div className="section-tools">
          <span className="level-label">{t("levelN", { n: section.level })}</span>
          <label>
            <span className="visually-hidden">{t("numbering")}</span>
            <select
              value={section.numbering}
              onChange={(e) => void patch({ numbering: e.target.value as NumberingStyle })}
              aria-label={t("numbering")}
            >
              {NumberingStyle.options.map((n) => (
                <option key={n} value={n}>
                  {NUMBERING_LABELS[n]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t("role")}</span>
            <select
              value={section.role ?? ""}
              aria-label={t("role")}
              onChange={(e) => void patch({ role: e.target.value ? (e.target.value as SectionRole) : null })}
            >
              <option value="">{t("noRole")}</option>
              {SectionRole.options.map((r) => (
                <option key={r} value={r}>
                  {l(SECTION_ROLE_LABELS[r])}
                </option>
              ))}
            </select>
          </label>
          <details className="topics">
            <summary>
              {t("topics")}
              {section.topics.length
                ? `（${section.topics.map((x) => l(SECTION_TOPIC_LABELS[x])).join("、")}）`
                : ""}
            </summary>
            <fieldset>
              <legend className="visually-hidden">{t("topics")}</legend>
              {SectionTopic.options.map((topic) => (
                <label key={topic}>
                  <input
                    type="checkbox"
                    checked={section.topics.includes(topic)}
                    onChange={(e) =>
                      void patch({
                        topics: e.target.checked
                          ? [...section.topics, topic]
                          : section.topics.filter((x) => x !== topic),
                      })
                    }
                  />
                  {l(SECTION_TOPIC_LABELS[topic])}
                </label>
              ))}
            </fieldset>
          </details>
          <fieldset className="tool-buttons">
            <legend className="visually-hidden">
              {t("sectionActions", { name: words.heading || headingLabel })}
            </legend>
            <button
              type="button"
              onClick={() => void move(moveUpTarget(sections, index))}
              disabled={!moveUpTarget(sections, index)}
            >
              {t("moveUp")}
            </button>
            <button
              type="button"
              onClick={() => void move(moveDownTarget(sections, index))}
              disabled={!moveDownTarget(sections, index)}
            >
              {t("moveDown")}
            </button>
            <button
              type="button"
              onClick={() => void move(outdentTarget(sections, index))}
              disabled={!outdentTarget(sections, index)}
            >
              {t("outdent")}
            </button>
            <button
              type="button"
              onClick={() => void move(indentTarget(sections, index, MAX_SECTION_LEVEL))}
              disabled={!indentTarget(sections, index, MAX_SECTION_LEVEL)}
            >
              {t("indent")}
            </button>
            <button type="button" onClick={() => void split()}>
              {t("splitAtCursor")}
            </button>
            <button
              type="button"
              disabled={index === 0}
              onClick={() =>
                void run((w, c) =>
                  c.sections.merge.mutate({ reportId: w.id, baseVersion: w.version, sectionId: section.id }),
                )
              }
            >
              {t("mergeWithPrevious")}
            </button>
            <button type="button" onClick={() => void addAfter()}>
              {t("addSectionAfter")}
            </button>
            {confirmDelete ? (
              <span className="confirm-inline">
                {t("confirmDelete")}
                <button
                  type="button"
                  className="button-danger"
                  onClick={() =>
                    void run((w, c) =>
                      c.sections.delete.mutate({
                        reportId: w.id,
                        baseVersion: w.version,
                        sectionId: section.id,
                      }),
                    )
                  }
                >
                  {t("delete")}
                </button>
                <button type="button" onClick={() => setConfirmDelete(false)}>
                  {t("cancel")}
                </button>
              </span>
            ) : (
              <button type="button" className="button-danger-quiet" onClick={() => setConfirmDelete(true)}>
                {t("deleteSection")}
              </button>
            )}
          </fieldset>
        </div>
      ) : null}
      <ErrorMessage error={error} />
    </section>
  );
}

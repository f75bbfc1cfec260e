import { type ImportedDocument, REMOVAL_REASON_LABELS, type Removal } from "@gongkai/domain";
import { memo, useMemo } from "react";
import { useI18n } from "../i18n/i18n";
import { annotateSource, documentMarks, type SourceMark } from "./annotate-source";
import type { DocumentChoice } from "./decisions";

export const sourceMarkId = (type: SourceMark["type"], index: number) => `src-${type}-${index}`;

/**
 * The document's text as the pipeline read it: headings, quantities, indicators (coloured by the editor's
 * decision) and placeholders marked; every removed fragment shown where it stood, struck through, with a button
 * to restore it.
 */
export const SourceView = memo(function SourceView({
  text,
  doc,
  removed,
  restored,
  decisions,
  onToggleRestore,
  onPickIndicator,
}: {
  text: string;
  doc: ImportedDocument;
  removed: readonly Removal[];
  restored: ReadonlySet<number>;
  decisions: DocumentChoice["decisions"];
  onToggleRestore(index: number): void;
  onPickIndicator(index: number): void;
}) {
  const { t, l } = useI18n();
  const segments = useMemo(() => annotateSource(doc.span, documentMarks(doc), removed), [doc, removed]);
  return (
    <div className="source-text" lang="zh-CN">
      {segments.map((s) => {
        if (s.kind === "removal") {
          const r = removed[s.index];
          if (!r) return null;
          const back = restored.has(s.index);
          const label = l(REMOVAL_REASON_LABELS[r.reason]);
          return (
            <span
              key={`r${s.index}`}
              className={`removal ${back ? "restored" : ""}`}
              id={`src-removal-${s.index}`}
            >
              {back ? (
                <ins>{r.text}</ins>
              ) : (
                <del title={label}>{r.text.length > 80 ? `${r.text.slice(0, 80)}…` : r.text}</del>
              )}
              <button
                type="button"
                className="chip"
                aria-pressed={back}
                onClick={() => onToggleRestore(s.index)}
                aria-label={`${back ? t("undoRestore") : t("restore")}：${label}`}
              >
                {back ? t("undoRestore") : t("restore")}
              </button>
            </span>
          );
        }
        const piece = text.slice(s.start, s.end);
        if (s.marks.length === 0) return <span key={s.start}>{piece}</span>;
        const indicator = s.marks.find((m) => m.type === "indicator");
        const classes = s.marks.map((m) => `m-${m.type}`);
        if (indicator) {
          const d = decisions[indicator.index]?.action ?? "open";
          return (
            <button
              type="button"
              key={s.start}
              id={s.start === indicator.start ? sourceMarkId("indicator", indicator.index) : undefined}
              className={`mark ${classes.join(" ")} decision-${d}`}
              onClick={() => onPickIndicator(indicator.index)}
              title={t("indicatorInText")}
            >
              {piece}
            </button>
          );
        }
        const first = s.marks.find(
          (m) => m.start === s.start && (m.type === "placeholder" || m.type === "heading"),
        );
        return (
          <mark
            key={s.start}
            className={`mark ${classes.join(" ")}`}
            id={first ? sourceMarkId(first.type, first.index) : undefined}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
});

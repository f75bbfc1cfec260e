import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { formatDateTime } from "../lib/time";
import { useTRPC } from "../lib/trpc";
import { type ConflictChoice, mergeText, resolveMerge } from "../merge/three-way";
import { Dialog } from "../ui/dialog";
import type { SectionWords } from "../workspace/drafts";
import { type SectionConflict, useSession } from "../workspace/report-session";

/**
 * Someone else saved a section this editor was typing in. Both versions are shown, with a merge proposed
 * sentence by sentence; where both changed the same sentences the editor chooses (both kept by default) and can
 * edit the result before saving it. Until then the editor's words stay in the draft.
 */
export function ConflictDialog() {
  const { conflicts } = useSession();
  const first = Object.values(conflicts)[0];
  const [hidden, setHidden] = useState<string | null>(null);
  if (!first) return null;
  return (
    <>
      {hidden === first.sectionId ? <ReopenConflict onOpen={() => setHidden(null)} /> : null}
      <ConflictMerge
        key={`${first.sectionId}:${first.version}`}
        conflict={first}
        open={hidden !== first.sectionId}
        onLater={() => setHidden(first.sectionId)}
      />
    </>
  );
}

function ReopenConflict({ onOpen }: { onOpen(): void }) {
  const { t } = useI18n();
  return (
    <div className="conflict-bar" role="alert">
      {t("conflictWaiting")}{" "}
      <button type="button" className="button-primary" onClick={onOpen}>
        {t("openMerge")}
      </button>
    </div>
  );
}

function ConflictMerge({
  conflict,
  open,
  onLater,
}: {
  conflict: SectionConflict;
  open: boolean;
  onLater(): void;
}) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const session = useSession();
  const draft = session.drafts[conflict.sectionId];
  const versions = useQuery(trpc.versions.list.queryOptions({ reportId: session.reportId }));
  const author = versions.data?.find((v) => v.version === conflict.version);
  const theirs: SectionWords = conflict.theirs ?? { heading: "", text: "" };
  const mine: SectionWords = draft ? { heading: draft.heading, text: draft.text } : theirs;
  const base = draft?.base ?? theirs;
  const textMerge = useMemo(
    () => mergeText(base.text, mine.text, theirs.text),
    [base.text, mine.text, theirs.text],
  );
  const conflictCount = textMerge.chunks.filter((c) => c.kind === "conflict").length;
  const [choices, setChoices] = useState<ConflictChoice[]>(() => Array(conflictCount).fill("both"));
  const [text, setText] = useState(() => resolveMerge(textMerge, choices));
  const [edited, setEdited] = useState(false);
  const headingConflict = conflict.fields.includes("heading");
  const [heading, setHeading] = useState(headingConflict ? mine.heading : theirs.heading);

  useEffect(() => {
    if (!edited) setText(resolveMerge(textMerge, choices));
  }, [textMerge, choices, edited]);

  if (conflict.kind === "gone")
    return <GoneDialog conflict={conflict} open={open} onLater={onLater} mine={mine} />;
  let k = -1;
  return (
    <Dialog open={open} title={t("conflictTitle")} onClose={onLater} wide>
      <p>
        {t("conflictExplain", {
          who: author?.author?.name ?? t("someoneElse"),
          n: conflict.version,
          at: author ? formatDateTime(author.createdAt, lang) : "",
        })}
      </p>
      <div className="versions-compare">
        <section aria-labelledby="theirs-head">
          <h3 id="theirs-head">{t("theirVersion")}</h3>
          {headingConflict ? <p className="compare-heading">{theirs.heading}</p> : null}
          <div className="compare-text" lang="zh-CN">
            {theirs.text}
          </div>
        </section>
        <section aria-labelledby="mine-head">
          <h3 id="mine-head">{t("myVersion")}</h3>
          {headingConflict ? <p className="compare-heading">{mine.heading}</p> : null}
          <div className="compare-text" lang="zh-CN">
            {mine.text}
          </div>
        </section>
      </div>
      {headingConflict ? (
        <fieldset className="stack">
          <legend>{t("headingBoth")}</legend>
          <label>
            <input
              type="radio"
              name="heading-choice"
              checked={heading === theirs.heading}
              onChange={() => setHeading(theirs.heading)}
            />
            {theirs.heading || t("untitledSection")}
          </label>
          <label>
            <input
              type="radio"
              name="heading-choice"
              checked={heading === mine.heading}
              onChange={() => setHeading(mine.heading)}
            />
            {mine.heading || t("untitledSection")}
          </label>
          <label className="field">
            <span>{t("mergedHeading")}</span>
            <input type="text" value={heading} maxLength={200} onChange={(e) => setHeading(e.target.value)} />
          </label>
        </fieldset>
      ) : null}
      {conflictCount > 0 ? (
        <ol className="conflict-chunks">
          {textMerge.chunks.map((c, i) => {
            if (c.kind === "same") return null;
            k++;
            const at = k;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a merge's chunks are positional
              <li key={i}>
                <fieldset>
                  <legend>{t("conflictPassage", { n: at + 1 })}</legend>
                  <p className="chunk theirs" lang="zh-CN">
                    <span className="tag">{t("theirVersion")}</span> {c.theirs || t("deletedPassage")}
                  </p>
                  <p className="chunk mine" lang="zh-CN">
                    <span className="tag">{t("myVersion")}</span> {c.mine || t("deletedPassage")}
                  </p>
                  {(["both", "mine", "theirs"] as const).map((choice) => (
                    <label key={choice}>
                      <input
                        type="radio"
                        name={`chunk-${at}`}
                        checked={(choices[at] ?? "both") === choice}
                        onChange={() => {
                          setEdited(false);
                          setChoices((cs) => cs.map((x, j) => (j === at ? choice : x)));
                        }}
                      />
                      {t(`keep_${choice}`)}
                    </label>
                  ))}
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : conflict.fields.includes("text") ? (
        <p className="notice notice-ok">{t("mergedCleanly")}</p>
      ) : null}
      <label className="field">
        <span>{t("mergedText")}</span>
        <textarea
          className="merged-text"
          lang="zh-CN"
          rows={12}
          value={text}
          onChange={(e) => {
            setEdited(true);
            setText(e.target.value);
          }}
        />
      </label>
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          onClick={() => session.settle(conflict.sectionId, { heading, text })}
        >
          {t("saveMerged")}
        </button>
        <button type="button" onClick={onLater}>
          {t("mergeLater")}
        </button>
      </div>
    </Dialog>
  );
}

function GoneDialog({
  conflict,
  open,
  onLater,
  mine,
}: {
  conflict: SectionConflict;
  open: boolean;
  onLater(): void;
  mine: SectionWords;
}) {
  const { t } = useI18n();
  const session = useSession();
  const restore = async () => {
    const words = mine;
    session.discard(conflict.sectionId);
    await session.edit((w, c) =>
      c.sections.add.mutate({
        reportId: w.id,
        baseVersion: w.version,
        afterSectionId: w.report.sections[w.report.sections.length - 1]?.id ?? null,
        section: {
          level: 1,
          heading: words.heading,
          numbering: "none",
          role: null,
          topics: [],
          text: words.text,
        },
      }),
    );
  };
  return (
    <Dialog open={open} title={t("sectionGoneTitle")} onClose={onLater} wide>
      <p>{t("sectionGoneExplain")}</p>
      <div className="compare-text" lang="zh-CN">
        {mine.heading ? <p className="compare-heading">{mine.heading}</p> : null}
        {mine.text}
      </div>
      <div className="actions">
        <button type="button" className="button-primary" onClick={() => void restore()}>
          {t("restoreAsNewSection")}
        </button>
        <button
          type="button"
          className="button-danger-quiet"
          onClick={() => session.discard(conflict.sectionId)}
        >
          {t("discardMyWords")}
        </button>
      </div>
    </Dialog>
  );
}

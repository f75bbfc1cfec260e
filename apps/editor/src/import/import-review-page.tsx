import {
  FIRST_YEAR,
  type ImportResult,
  LAST_YEAR,
  REMOVAL_REASON_LABELS,
  REPORT_KIND_LABELS,
  type ReportKind,
} from "@gongkai/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { Link, useLocation, useParams } from "wouter";
import { useI18n } from "../i18n/i18n";
import { usePageTitle } from "../layout/page-title";
import { useTRPC } from "../lib/trpc";
import { useWritableTownships } from "../places/use-places";
import { TownshipSelect } from "../reports/township-select";
import { ErrorMessage } from "../ui/error-message";
import { Loading } from "../ui/loading";
import { removalsWithin } from "./annotate-source";
import {
  createFromImportInput,
  type DocumentChoice,
  decideRest,
  type IndicatorDecision,
  initialChoice,
  undecided,
} from "./decisions";
import { IndicatorReview, indicatorRowId } from "./indicator-review";
import { SectionTree } from "./section-tree";
import { SourceView, sourceMarkId } from "./source-view";

const KINDS = Object.keys(REPORT_KIND_LABELS) as ReportKind[];

function reveal(id: string, focus = false) {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: "center", behavior: "smooth" });
  el.classList.add("flash");
  setTimeout(() => el.classList.remove("flash"), 1600);
  if (focus) el.focus({ preventScroll: true });
}

/**
 * Step two of an import: the source and what was read from it side by side. The editor chooses the documents to
 * keep, restores removed fragments, sees placeholders, and decides on every extracted figure; then the drafts are
 * made.
 */
export function ImportReviewPage() {
  const { importId = "" } = useParams<{ importId: string }>();
  const { t } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.imports.get.queryOptions({ importId }));
  usePageTitle(query.data?.fileName ?? t("importTitle"));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  return <ImportReview importId={importId} fileName={query.data.fileName} result={query.data.result} />;
}

function ImportReview({
  importId,
  fileName,
  result,
}: {
  importId: string;
  fileName: string | null;
  result: ImportResult;
}) {
  const { t, l } = useI18n();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const { townships, index } = useWritableTownships();
  const [docIndex, setDocIndex] = useState(0);
  const [choices, setChoices] = useState<DocumentChoice[]>([]);
  const [restored, setRestored] = useState<ReadonlySet<number>>(new Set());
  const [created, setCreated] = useState<Array<{ reportId: string; title: string }>>([]);
  const [creating, setCreating] = useState<number | null>(null);
  const create = useMutation(trpc.reports.createFromImport.mutationOptions());

  useEffect(() => {
    if (choices.length === 0 && townships.length > 0) {
      setChoices(result.documents.map((d) => initialChoice(d, townships, new Date().getFullYear())));
    }
  }, [choices.length, townships, result.documents]);

  const setChoice = useCallback((i: number, next: (c: DocumentChoice) => DocumentChoice) => {
    setChoices((all) => all.map((c, k) => (k === i ? next(c) : c)));
  }, []);
  const toggleRestore = useCallback((i: number) => {
    setRestored((s) => {
      const n = new Set(s);
      if (n.has(i)) n.delete(i);
      else n.add(i);
      return n;
    });
  }, []);
  const pickIndicator = useCallback((i: number) => reveal(indicatorRowId(i), true), []);

  if (townships.length === 0) return <p className="notice">{t("noTownshipToWrite")}</p>;
  const doc = result.documents[docIndex];
  const choice = choices[docIndex];
  if (!doc || !choice) return <p className="notice">{t("importFoundNothing")}</p>;

  const kept = choices.map((c, i) => ({ c, i })).filter(({ c }) => c.keep);
  const open = kept.reduce((n, { c, i }) => n + undecided(result.documents[i] ?? doc, c).length, 0);
  const inDoc = removalsWithin(doc, result.removed);
  const outside = result.removed.length - inDoc.length;

  const createDrafts = async () => {
    const made: Array<{ reportId: string; title: string }> = [];
    try {
      for (const [k, { c, i }] of kept.entries()) {
        const d = result.documents[i];
        if (!d) continue;
        setCreating(k + 1);
        const r = await create.mutateAsync(
          createFromImportInput(importId, i, d, c, restored, result.removed),
        );
        made.push({ reportId: r.reportId, title: r.report.title });
      }
    } catch {
      // The error is shown; the drafts already made are listed.
    } finally {
      setCreating(null);
      setCreated(made);
    }
    const only = made[0];
    if (made.length === 1 && only && kept.length === 1) navigate(`/reports/${only.reportId}`);
  };

  return (
    <section className="page import-review">
      <div className="page-head">
        <h1>{t("importReviewTitle")}</h1>
        <p className="muted">
          {fileName} · {result.source.format} · {result.source.encoding} ·{" "}
          {t("bytes", { n: Math.round(result.source.bytes / 1024) })}
        </p>
      </div>

      <section aria-labelledby="docs-head" className="documents">
        <h2 id="docs-head">{t("documentsFound", { n: result.documents.length })}</h2>
        <ul className="document-list">
          {result.documents.map((d, i) => {
            const c = choices[i];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: documents of an import are identified by position
              <li key={i} className={i === docIndex ? "current" : ""}>
                <label>
                  <input
                    type="checkbox"
                    checked={c?.keep ?? false}
                    onChange={(e) => setChoice(i, (x) => ({ ...x, keep: e.target.checked }))}
                  />
                  <span className="visually-hidden">{t("keepDocument", { title: d.title })}</span>
                </label>
                <button
                  type="button"
                  className="link-button"
                  aria-current={i === docIndex}
                  onClick={() => setDocIndex(i)}
                >
                  {d.title}
                </button>{" "}
                <small className="muted">
                  {l(REPORT_KIND_LABELS[d.kind])} · {d.year ?? "—"} ·{" "}
                  {t("sectionsN", { n: d.sections.length })} · {t("indicatorsN", { n: d.indicators.length })}
                  {c?.keep && undecided(d, c).length
                    ? ` · ${t("openDecisions", { n: undecided(d, c).length })}`
                    : ""}
                </small>
              </li>
            );
          })}
        </ul>
      </section>

      <fieldset className="doc-meta" disabled={!choice.keep}>
        <legend>{t("draftDetails", { n: docIndex + 1 })}</legend>
        <TownshipSelect
          townships={townships}
          index={index}
          value={choice.townshipId}
          onChange={(id) => setChoice(docIndex, (c) => ({ ...c, townshipId: id }))}
        />
        <label className="field grow">
          <span>{t("reportTitle")}</span>
          <input
            type="text"
            maxLength={200}
            value={choice.title}
            onChange={(e) => setChoice(docIndex, (c) => ({ ...c, title: e.target.value }))}
          />
        </label>
        <label className="field">
          <span>{t("reportKind")}</span>
          <select
            value={choice.kind}
            onChange={(e) => setChoice(docIndex, (c) => ({ ...c, kind: e.target.value as ReportKind }))}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {l(REPORT_KIND_LABELS[k])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("reportYear")}</span>
          <input
            type="number"
            min={FIRST_YEAR}
            max={LAST_YEAR}
            value={choice.year}
            onChange={(e) => setChoice(docIndex, (c) => ({ ...c, year: Number(e.target.value) }))}
          />
        </label>
      </fieldset>

      <div className="legend" aria-hidden="true">
        <span className="mark m-heading">{t("legendHeading")}</span>
        <span className="mark m-quantity">{t("legendQuantity")}</span>
        <span className="mark m-indicator">{t("legendIndicator")}</span>
        <span className="mark m-placeholder">{t("legendPlaceholder")}</span>
        <del>{t("legendRemoved")}</del>
      </div>

      <div className="side-by-side">
        <section aria-labelledby="source-head" className="pane">
          <h2 id="source-head">{t("sourceText")}</h2>
          <SourceView
            text={result.text}
            doc={doc}
            removed={result.removed}
            restored={restored}
            decisions={choice.decisions}
            onToggleRestore={toggleRestore}
            onPickIndicator={pickIndicator}
          />
        </section>
        <section aria-labelledby="parsed-head" className="pane">
          <h2 id="parsed-head">{t("parsedResult")}</h2>
          <details open>
            <summary>
              <h3>{t("sectionTree")}</h3>
            </summary>
            <SectionTree doc={doc} onShow={(i) => reveal(sourceMarkId("heading", i))} />
          </details>
          <details open>
            <summary>
              <h3>
                {t("extractedIndicators")} <span className="count">{doc.indicators.length}</span>
              </h3>
            </summary>
            {doc.indicators.length ? (
              <div className="actions">
                <button
                  type="button"
                  onClick={() => setChoice(docIndex, (c) => decideRest(doc, c, { action: "confirm" }))}
                  disabled={undecided(doc, choice).length === 0}
                >
                  {t("confirmRest")}
                </button>
              </div>
            ) : null}
            <IndicatorReview
              doc={doc}
              choice={choice}
              onDecide={(i, d: IndicatorDecision | null) =>
                setChoice(docIndex, (c) => {
                  const decisions = { ...c.decisions };
                  if (d) decisions[i] = d;
                  else delete decisions[i];
                  return { ...c, decisions };
                })
              }
              onShowInText={(i) => reveal(sourceMarkId("indicator", i))}
            />
          </details>
          <details open>
            <summary>
              <h3>
                {t("removedNoise")} <span className="count">{inDoc.length}</span>
              </h3>
            </summary>
            {inDoc.length === 0 ? <p className="muted">{t("nothingRemoved")}</p> : null}
            <ul className="removal-list">
              {inDoc.map((i) => {
                const r = result.removed[i];
                if (!r) return null;
                const back = restored.has(i);
                return (
                  <li key={i} className={back ? "restored" : ""}>
                    <span className="tag">{l(REMOVAL_REASON_LABELS[r.reason])}</span>{" "}
                    <span lang="zh-CN" className="removed-text">
                      {r.text}
                    </span>{" "}
                    <button type="button" aria-pressed={back} onClick={() => toggleRestore(i)}>
                      {back ? t("undoRestore") : t("restore")}
                    </button>{" "}
                    <button type="button" className="link-button" onClick={() => reveal(`src-removal-${i}`)}>
                      {t("showInText")}
                    </button>
                  </li>
                );
              })}
            </ul>
            {outside > 0 ? <p className="muted">{t("removedOutside", { n: outside })}</p> : null}
          </details>
          <details open>
            <summary>
              <h3>
                {t("placeholders")} <span className="count">{doc.placeholders.length}</span>
              </h3>
            </summary>
            {doc.placeholders.length ? (
              <>
                <p className="notice notice-warn">{t("placeholdersExplain")}</p>
                <ul className="placeholder-list">
                  {doc.placeholders.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: placeholders are identified by position
                    <li key={i}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => reveal(sourceMarkId("placeholder", i))}
                      >
                        <mark className="mark m-placeholder">{p.text}</mark>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">{t("noPlaceholders")}</p>
            )}
          </details>
        </section>
      </div>

      <section className="sticky-footer" aria-label={t("createDrafts")}>
        <p role="status">
          {kept.length === 0
            ? t("noDocumentKept")
            : open > 0
              ? t("decideAllFirst", { n: open })
              : t("readyToCreate", { n: kept.length })}
          {creating ? ` ${t("creatingN", { k: creating, n: kept.length })}` : ""}
        </p>
        <ErrorMessage error={create.error} />
        {created.length > 0 ? (
          <ul>
            {created.map((c) => (
              <li key={c.reportId}>
                <Link href={`/reports/${c.reportId}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
        ) : null}
        <button
          type="button"
          className="button-primary"
          disabled={open > 0 || kept.length === 0 || creating !== null || created.length > 0}
          onClick={createDrafts}
        >
          {t("createDrafts")}
        </button>
      </section>
    </section>
  );
}

import {
  displayHeadings,
  findIndicator,
  formatPeriod,
  type Observation,
  type Section,
} from "@gongkai/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { formatDateTime } from "../lib/time";
import { type RouterOutputs, useTRPC } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";
import { Loading } from "../ui/loading";
import { useSession } from "../workspace/report-session";
import { SUMMARY_LABELS } from "./summary-labels";
import { type DiffPart, fullText, textDiff } from "./text-diff";

type Diff = RouterOutputs["versions"]["diff"]["diff"];

/** Every version with who saved it and when; any two compared, by what changed or in full. */
export function HistoryTab() {
  const { t, l, lang } = useI18n();
  const trpc = useTRPC();
  const { reportId, working } = useSession();
  const versions = useQuery(trpc.versions.list.queryOptions({ reportId }));
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [mode, setMode] = useState<"changes" | "full">("changes");

  useEffect(() => {
    const list = versions.data;
    if (!list?.length || from !== null) return;
    setTo(list[0]?.version ?? null);
    setFrom(list[1]?.version ?? list[0]?.version ?? null);
  }, [versions.data, from]);

  if (versions.isPending) return <Loading />;
  if (versions.isError) return <ErrorMessage error={versions.error} />;
  return (
    <div className="history-layout">
      <section aria-labelledby="versions-head">
        <h2 id="versions-head">{t("versionsTitle", { n: versions.data.length })}</h2>
        <div className="table-wrap">
          <table className="versions-table">
            <caption className="visually-hidden">{t("versionsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("compareFrom")}</th>
                <th scope="col">{t("compareTo")}</th>
                <th scope="col">{t("version")}</th>
                <th scope="col">{t("change")}</th>
                <th scope="col">{t("savedBy")}</th>
                <th scope="col">{t("savedAt")}</th>
                <th scope="col">{t("preview")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((v) => (
                <tr key={v.version} className={v.kind === "publication" ? "publication" : ""}>
                  <td>
                    <input
                      type="radio"
                      name="from"
                      checked={from === v.version}
                      onChange={() => setFrom(v.version)}
                      aria-label={t("compareFromN", { n: v.version })}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="to"
                      checked={to === v.version}
                      onChange={() => setTo(v.version)}
                      aria-label={t("compareToN", { n: v.version })}
                    />
                  </td>
                  <td>{t("versionN", { n: v.version })}</td>
                  <td>
                    {SUMMARY_LABELS[v.summary]
                      ? l(SUMMARY_LABELS[v.summary] as { zh: string; en: string })
                      : v.summary}
                    {v.kind === "publication" ? (
                      <span className="badge state-published">{t("publicationVersion")}</span>
                    ) : null}
                    {v.changeNote ? (
                      <small className="block">{t("changeNoteIs", { note: v.changeNote })}</small>
                    ) : null}
                  </td>
                  <td>{v.author?.name ?? t("system")}</td>
                  <td>{formatDateTime(v.createdAt, lang)}</td>
                  <td>
                    <a
                      href={`/editor/preview.html?report=${encodeURIComponent(reportId)}&version=${v.version}&lang=${lang}`}
                      target="_blank"
                      rel="noopener"
                    >
                      {t("preview")}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {from !== null && to !== null ? (
        <section aria-labelledby="compare-head" className="compare">
          <h2 id="compare-head">{t("compareTitle", { from, to })}</h2>
          <fieldset className="segmented">
            <legend className="visually-hidden">{t("compareMode")}</legend>
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === "changes"}
                onChange={() => setMode("changes")}
              />
              {t("changesOnly")}
            </label>
            <label>
              <input type="radio" name="mode" checked={mode === "full"} onChange={() => setMode("full")} />
              {t("fullText")}
            </label>
          </fieldset>
          {mode === "changes" ? (
            <ChangesView reportId={reportId} from={from} to={to} />
          ) : (
            <FullTextView reportId={reportId} from={from} to={to} />
          )}
        </section>
      ) : null}
      <p className="muted small">{t("currentVersionIs", { n: working.version })}</p>
    </div>
  );
}

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === "added" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
          <ins key={i}>{p.text}</ins>
        ) : p.kind === "removed" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
          <del key={i}>{p.text}</del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff parts are positional
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

function ChangesView({ reportId, from, to }: { reportId: string; from: number; to: number }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const diff = useQuery(trpc.versions.diff.queryOptions({ reportId, from, to }));
  if (diff.isPending) return <Loading />;
  if (diff.isError) return <ErrorMessage error={diff.error} />;
  const d: Diff = diff.data.diff;
  if (!d.meta.length && !d.sections.length && !d.observations.length)
    return <p className="muted">{t("noDifferences")}</p>;
  return (
    <div className="changes" lang="zh-CN">
      {d.meta.length ? (
        <section>
          <h3>{t("changedDetails")}</h3>
          <ul>
            {d.meta.map((m) => (
              <li key={m.field}>
                <code>{m.field}</code>：<del>{show(m.before)}</del> → <ins>{show(m.after)}</ins>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {d.sections.length ? (
        <section>
          <h3>{t("changedSections", { n: d.sections.length })}</h3>
          <ul className="section-changes">
            {d.sections.map((c) => (
              <li key={c.id} className={`change-${c.change}`}>
                <p>
                  <span className="tag">{t(`change_${c.change}`)}</span>{" "}
                  <strong>{(c.after ?? c.before)?.heading || t("untitledSection")}</strong>
                </p>
                <SectionChange before={c.before} after={c.after} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {d.observations.length ? (
        <section>
          <h3>{t("changedFigures", { n: d.observations.length })}</h3>
          <ul>
            {d.observations.map((c) => (
              <li key={c.id}>
                <span className="tag">{t(`change_${c.change}`)}</span>{" "}
                {c.before ? <del>{figure(c.before)}</del> : null} {c.before && c.after ? "→" : ""}{" "}
                {c.after ? <ins>{figure(c.after)}</ins> : null}
                {c.fields.length ? <small className="muted"> （{c.fields.join("、")}）</small> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function SectionChange({ before, after }: { before: Section | null; after: Section | null }) {
  const parts = useMemo(() => textDiff(words(before), words(after)), [before, after]);
  return (
    <div className="diff-text">
      <Parts parts={parts} />
    </div>
  );
}

function FullTextView({ reportId, from, to }: { reportId: string; from: number; to: number }) {
  const trpc = useTRPC();
  const a = useQuery(trpc.versions.get.queryOptions({ reportId, version: from }));
  const b = useQuery(trpc.versions.get.queryOptions({ reportId, version: to }));
  const parts = useMemo(() => {
    if (!a.data || !b.data) return null;
    const ra = a.data.report;
    const rb = b.data.report;
    return textDiff(
      fullText(ra.sections, displayHeadings(ra.sections)),
      fullText(rb.sections, displayHeadings(rb.sections)),
    );
  }, [a.data, b.data]);
  if (a.isError || b.isError) return <ErrorMessage error={a.error ?? b.error} />;
  if (!parts) return <Loading />;
  return (
    <div className="diff-text full" lang="zh-CN">
      <Parts parts={parts} />
    </div>
  );
}

const words = (s: Section | null): string => (s ? [s.heading, s.text].filter(Boolean).join("\n") : "");

function show(v: unknown): string {
  if (v === null || v === undefined) return "—";
  return typeof v === "string" || typeof v === "number" ? String(v) : JSON.stringify(v);
}

function figure(o: Observation): string {
  const def = o.indicatorCode ? findIndicator(o.indicatorCode) : undefined;
  return `${def?.name ?? o.subject} ${o.decimal}${o.unit}${o.period ? `（${formatPeriod(o.period)}）` : ""}`;
}

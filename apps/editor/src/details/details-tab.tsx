import {
  DELIBERATION_STAGE_LABELS,
  DeliberationStage,
  DISCLOSURE_METHOD_LABELS,
  DisclosureMethod,
  FIRST_YEAR,
  LAST_YEAR,
  REPORT_KIND_LABELS,
  type Report,
  type ReportKind,
} from "@gongkai/domain";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { LocalError } from "../lib/app-error";
import type { RouterInputs } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";
import { useSession } from "../workspace/report-session";

type MetaPatch = RouterInputs["reports"]["updateMeta"]["patch"];
type Meta = Required<MetaPatch>;

const KINDS = Object.keys(REPORT_KIND_LABELS) as ReportKind[];

function metaOf(r: Report): Meta {
  return {
    title: r.title,
    kind: r.kind,
    year: r.year,
    meeting: r.meeting,
    presenter: r.presenter,
    deliveredOn: r.deliveredOn,
    deliberation: r.deliberation,
    disclosure: r.disclosure,
    sourceUrl: r.source.sourceUrl,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const orNull = (s: string) => (s.trim() ? s.trim() : null);
const num = (s: string) => (s.trim() && Number.isInteger(Number(s)) ? Number(s) : null);

/**
 * The report's particulars: title, kind, year, the congress meeting, the presenter, dates, the deliberation stage,
 * the source address and the 政务公开 disclosure metadata (generated at publication when left empty). Only what the
 * editor changed is sent; if someone else changed the same field meanwhile, the save stops and says so.
 */
export function DetailsTab() {
  const { t, l } = useI18n();
  const session = useSession();
  const { working } = session;
  const editable = working.canEdit;
  const [base, setBase] = useState(() => metaOf(working.report));
  const [m, setM] = useState<Meta>(base);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const f = session.focus;
    if (f?.field === "title") {
      titleRef.current?.focus();
      session.doneFocus(f.seq);
    }
  }, [session.focus, session.doneFocus]);

  const changed = (Object.keys(m) as Array<keyof Meta>).filter((k) => !same(m[k], base[k]));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      const r = await session.edit((w, c) => {
        const now = metaOf(w.report);
        const clash = changed.filter((k) => !same(now[k], base[k]) && !same(now[k], m[k]));
        if (clash.length) {
          throw new LocalError({
            zh: `他人已修改了同一项（${clash.join("、")}），请查看后再保存；您填写的内容仍在表单中`,
            en: `Someone else changed the same field (${clash.join(", ")}); check it, your entries are still in the form`,
          });
        }
        const patch: MetaPatch = Object.fromEntries(changed.map((k) => [k, m[k]]));
        return c.reports.updateMeta.mutate({ reportId: w.id, baseVersion: w.version, patch });
      });
      if (r) {
        const next = metaOf(r.report);
        setBase(next);
        setM(next);
        setSaved(true);
      }
    } catch (err) {
      setError(err);
    }
  };
  const set = <K extends keyof Meta>(k: K, v: Meta[K]) => {
    setSaved(false);
    setM((x) => ({ ...x, [k]: v }));
  };
  const meeting = m.meeting ?? { name: "", congress: null, session: null };
  const presenter = m.presenter ?? { name: "", title: null };
  const disclosure = m.disclosure;

  return (
    <form className="details-form stack" onSubmit={submit}>
      <h2>{t("tabDetails")}</h2>
      <fieldset disabled={!editable} className="stack">
        <label className="field">
          <span>{t("reportTitle")}</span>
          <input
            ref={titleRef}
            type="text"
            required
            maxLength={200}
            value={m.title}
            onChange={(e) => set("title", e.target.value)}
          />
        </label>
        <div className="row">
          <label className="field">
            <span>{t("reportKind")}</span>
            <select
              value={m.kind}
              onChange={(e) => {
                const kind = e.target.value as ReportKind;
                set("kind", kind);
                if (kind !== "government_work_report") set("deliberation", null);
              }}
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
              required
              value={m.year}
              onChange={(e) => set("year", Number(e.target.value))}
            />
          </label>
          <label className="field">
            <span>{t("deliveredOn")}</span>
            <input
              type="date"
              value={m.deliveredOn ?? ""}
              onChange={(e) => set("deliveredOn", orNull(e.target.value))}
            />
          </label>
        </div>
        <fieldset className="row">
          <legend>{t("meeting")}</legend>
          <label className="field grow">
            <span>{t("meetingName")}</span>
            <input
              type="text"
              maxLength={120}
              value={meeting.name}
              placeholder="××镇第十八届人民代表大会第二次会议"
              onChange={(e) =>
                set("meeting", e.target.value.trim() ? { ...meeting, name: e.target.value } : null)
              }
            />
          </label>
          <label className="field">
            <span>{t("congressNo")}</span>
            <input
              type="number"
              min={1}
              max={99}
              value={meeting.congress ?? ""}
              disabled={!m.meeting}
              onChange={(e) => set("meeting", { ...meeting, congress: num(e.target.value) })}
            />
          </label>
          <label className="field">
            <span>{t("sessionNo")}</span>
            <input
              type="number"
              min={1}
              max={99}
              value={meeting.session ?? ""}
              disabled={!m.meeting}
              onChange={(e) => set("meeting", { ...meeting, session: num(e.target.value) })}
            />
          </label>
        </fieldset>
        <fieldset className="row">
          <legend>{t("presenter")}</legend>
          <label className="field">
            <span>{t("presenterName")}</span>
            <input
              type="text"
              maxLength={40}
              value={presenter.name}
              onChange={(e) =>
                set("presenter", e.target.value.trim() ? { ...presenter, name: e.target.value } : null)
              }
            />
          </label>
          <label className="field">
            <span>{t("presenterTitle")}</span>
            <input
              type="text"
              maxLength={40}
              value={presenter.title ?? ""}
              placeholder="镇长"
              disabled={!m.presenter}
              onChange={(e) => set("presenter", { ...presenter, title: orNull(e.target.value) })}
            />
          </label>
        </fieldset>
        {m.kind === "government_work_report" ? (
          <fieldset className="row">
            <legend>{t("deliberation")}</legend>
            <label className="field">
              <span>{t("deliberationStage")}</span>
              <select
                value={m.deliberation?.stage ?? ""}
                onChange={(e) =>
                  set(
                    "deliberation",
                    e.target.value
                      ? {
                          stage: e.target.value as DeliberationStage,
                          sessionDate: m.deliberation?.sessionDate ?? null,
                        }
                      : null,
                  )
                }
              >
                <option value="">{t("notGiven")}</option>
                {DeliberationStage.options.map((s) => (
                  <option key={s} value={s}>
                    {l(DELIBERATION_STAGE_LABELS[s])}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t("sessionDate")}</span>
              <input
                type="date"
                disabled={!m.deliberation}
                value={m.deliberation?.sessionDate ?? ""}
                onChange={(e) =>
                  m.deliberation &&
                  set("deliberation", { ...m.deliberation, sessionDate: orNull(e.target.value) })
                }
              />
            </label>
          </fieldset>
        ) : null}
        <label className="field">
          <span>{t("sourceUrl")}</span>
          <input
            type="url"
            maxLength={2000}
            value={m.sourceUrl ?? ""}
            onChange={(e) => set("sourceUrl", orNull(e.target.value))}
          />
        </label>
        <fieldset className="stack">
          <legend>{t("disclosure")}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={disclosure !== null}
              onChange={(e) =>
                set(
                  "disclosure",
                  e.target.checked
                    ? {
                        indexNumber: "",
                        publisher: `${working.township?.name ?? ""}人民政府`,
                        method: "proactive",
                        subject: REPORT_KIND_LABELS[m.kind].zh,
                        publishedOn: null,
                        effectiveOn: null,
                      }
                    : null,
                )
              }
            />
            {t("disclosureOwn")}
          </label>
          {disclosure ? (
            <div className="row">
              <label className="field">
                <span>{t("indexNumber")}</span>
                <input
                  type="text"
                  required
                  maxLength={80}
                  value={disclosure.indexNumber}
                  onChange={(e) => set("disclosure", { ...disclosure, indexNumber: e.target.value })}
                />
              </label>
              <label className="field">
                <span>{t("publisher")}</span>
                <input
                  type="text"
                  required
                  maxLength={80}
                  value={disclosure.publisher}
                  onChange={(e) => set("disclosure", { ...disclosure, publisher: e.target.value })}
                />
              </label>
              <label className="field">
                <span>{t("disclosureMethod")}</span>
                <select
                  value={disclosure.method}
                  onChange={(e) =>
                    set("disclosure", { ...disclosure, method: e.target.value as DisclosureMethod })
                  }
                >
                  {DisclosureMethod.options.map((x) => (
                    <option key={x} value={x}>
                      {l(DISCLOSURE_METHOD_LABELS[x])}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t("disclosureSubject")}</span>
                <input
                  type="text"
                  required
                  maxLength={80}
                  value={disclosure.subject}
                  onChange={(e) => set("disclosure", { ...disclosure, subject: e.target.value })}
                />
              </label>
            </div>
          ) : (
            <p className="muted small">{t("disclosureGenerated")}</p>
          )}
        </fieldset>
      </fieldset>
      <ErrorMessage error={error} />
      {saved ? (
        <p className="notice notice-ok" role="status">
          {t("detailsSaved")}
        </p>
      ) : null}
      {editable ? (
        <div className="actions">
          <button type="submit" className="button-primary" disabled={changed.length === 0}>
            {t("saveDetails")}
          </button>
          <button type="button" disabled={changed.length === 0} onClick={() => setM(base)}>
            {t("undoChanges")}
          </button>
        </div>
      ) : null}
    </form>
  );
}

import {
  FIRST_YEAR,
  LAST_YEAR,
  REPORT_KIND_LABELS,
  REPORT_TEMPLATES,
  type ReportKind,
  SECTION_ROLE_LABELS,
} from "@gongkai/domain";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useLocation } from "wouter";
import { useI18n } from "../i18n/i18n";
import { usePageTitle } from "../layout/page-title";
import { useTRPC } from "../lib/trpc";
import { useWritableTownships } from "../places/use-places";
import { ErrorMessage } from "../ui/error-message";
import { Loading } from "../ui/loading";
import { TownshipSelect } from "./township-select";

const KINDS = Object.keys(REPORT_KIND_LABELS) as ReportKind[];

/** A new report from the template of its kind: the standard sections, empty, ready to write. */
export function NewReportPage() {
  const { t, l } = useI18n();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const { townships, index, isPending } = useWritableTownships();
  usePageTitle(t("newReportTitle"));
  const [townshipId, setTownshipId] = useState("");
  const [kind, setKind] = useState<ReportKind>("government_work_report");
  const [year, setYear] = useState(new Date().getFullYear());
  const [title, setTitle] = useState("");
  const create = useMutation(
    trpc.reports.create.mutationOptions({ onSuccess: (r) => navigate(`/reports/${r.reportId}`) }),
  );
  if (isPending) return <Loading />;
  const chosen = townshipId || townships[0]?.id || "";
  const township = index.byId.get(chosen);
  const defaultTitle = township ? `${township.name}${year}年${REPORT_KIND_LABELS[kind].zh}` : "";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ townshipId: chosen, kind, year, ...(title.trim() ? { title: title.trim() } : {}) });
  };
  return (
    <section className="page narrow">
      <h1>{t("newReportTitle")}</h1>
      <p>
        {t("newReportIntro")} <Link href="/import">{t("orImport")}</Link>
      </p>
      {townships.length === 0 ? (
        <p className="notice">{t("noTownshipToWrite")}</p>
      ) : (
        <form onSubmit={submit} className="stack">
          <TownshipSelect townships={townships} index={index} value={chosen} onChange={setTownshipId} />
          <label className="field">
            <span>{t("reportKind")}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as ReportKind)}>
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
              value={year}
              onChange={(e) => setYear(Number(e.target.value))}
            />
          </label>
          <label className="field">
            <span>{t("reportTitle")}</span>
            <input
              type="text"
              maxLength={200}
              placeholder={defaultTitle}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
            <small>{t("titleDefaultHint")}</small>
          </label>
          <fieldset className="template-preview">
            <legend>{t("templateSections")}</legend>
            <ol>
              {REPORT_TEMPLATES[kind].map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a template's sections are fixed and ordered
                <li key={i}>
                  {s.heading || t("untitledSection")}{" "}
                  <small className="muted">{l(SECTION_ROLE_LABELS[s.role])}</small>
                </li>
              ))}
            </ol>
          </fieldset>
          <ErrorMessage error={create.error} />
          <button type="submit" className="button-primary" disabled={create.isPending || !chosen}>
            {t("createReport")}
          </button>
        </form>
      )}
    </section>
  );
}

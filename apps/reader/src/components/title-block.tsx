import {
  DELIBERATION_STAGE_LABELS,
  DISCLOSURE_METHOD_LABELS,
  type Place,
  REPORT_KIND_LABELS,
  type Report,
} from "@gongkai/domain";
import type { ReactNode } from "react";
import { formatDate } from "../format";
import { type Lang, pick, t } from "../i18n";
import { contentLang } from "./content-lang";
import { DemoBadge } from "./demo-badge";
import type { ReportLinks } from "./links";

/** What the public record adds to a report: its publication. The editor's preview has none. */
export interface PublicationInfo {
  version: number;
  publishedAt: string;
}

export interface TitleBlockProps {
  report: Report;
  township: Place | null;
  county: Place | null;
  lang: Lang;
  links: ReportLinks;
  publication?: PublicationInfo | null;
  demo?: boolean;
  /** Notices under the title: corrections, an earlier version being shown. */
  children?: ReactNode;
}

/** The report's title and its particulars: township, year, kind, meeting, presenter, dates, version. */
export function TitleBlock({
  report,
  township,
  county,
  lang,
  links,
  publication,
  demo,
  children,
}: TitleBlockProps) {
  const zh = contentLang(lang);
  const rows: Array<[string, ReactNode]> = [];
  if (township) {
    rows.push([
      t(lang, "metaTownship"),
      <>
        <a href={links.township(township.id)} lang={zh}>
          {township.name}
        </a>
        {county ? <span lang={zh}>（{county.name}）</span> : null}
      </>,
    ]);
  }
  rows.push([t(lang, "metaYear"), lang === "zh" ? `${report.year}年` : String(report.year)]);
  rows.push([t(lang, "metaKind"), pick(REPORT_KIND_LABELS[report.kind], lang)]);
  if (report.meeting)
    rows.push([
      t(lang, "metaMeeting"),
      <span key="meeting" lang={zh}>
        {report.meeting.name}
      </span>,
    ]);
  if (report.presenter) {
    const { name, title } = report.presenter;
    rows.push([
      t(lang, "metaPresenter"),
      <span key="presenter" lang={zh}>
        {title ? `${title} ${name}` : name}
      </span>,
    ]);
  }
  if (report.deliveredOn)
    rows.push([t(lang, "metaDelivered"), <Time key="delivered" date={report.deliveredOn} lang={lang} />]);
  if (report.deliberation)
    rows.push([t(lang, "metaStage"), pick(DELIBERATION_STAGE_LABELS[report.deliberation.stage], lang)]);
  if (publication) {
    rows.push([
      t(lang, "metaPublished"),
      <Time key="published" date={publication.publishedAt} lang={lang} />,
    ]);
    rows.push([t(lang, "metaVersion"), t(lang, "versionN", { n: publication.version })]);
  }
  const d = report.disclosure;
  if (d) {
    rows.push([t(lang, "metaIndexNumber"), d.indexNumber]);
    rows.push([
      t(lang, "metaPublisher"),
      <span key="publisher" lang={zh}>
        {d.publisher}
      </span>,
    ]);
    rows.push([t(lang, "metaDisclosure"), pick(DISCLOSURE_METHOD_LABELS[d.method], lang)]);
  }
  return (
    <header className="report-head">
      <h1 lang={zh}>{report.title}</h1>
      {demo ? (
        <p className="demo-notice">
          <DemoBadge lang={lang} /> {t(lang, "demoNotice")}
        </p>
      ) : null}
      <dl className="report-meta" aria-label={t(lang, "reportMeta")}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </header>
  );
}

/** A date in Chinese or English style, machine-readable in `datetime`. */
export function Time({ date, lang }: { date: string; lang: Lang }) {
  return <time dateTime={date}>{formatDate(date, lang)}</time>;
}

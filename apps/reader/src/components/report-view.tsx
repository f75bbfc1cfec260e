import type { Place, ProgressStatus, Report } from "@gongkai/domain";
import type { ReactNode } from "react";
import type { Lang } from "../i18n";
import { markFigures } from "./figure-marks";
import { KeyIndicators } from "./key-indicators";
import type { ReportLinks } from "./links";
import { ReportSections } from "./report-sections";
import { TableOfContents } from "./table-of-contents";
import { type PublicationInfo, TitleBlock } from "./title-block";

export interface ReportViewProps {
  report: Report;
  township: Place | null;
  county: Place | null;
  lang: Lang;
  links: ReportLinks;
  publication?: PublicationInfo | null;
  progress?: ReadonlyMap<string, ProgressStatus> | null;
  demo?: boolean;
  /** Notices under the title block (corrections, an earlier version). */
  notices?: ReactNode;
}

/**
 * A report as the public reads it: title block, table of contents, the text with its figures marked, and the
 * key-indicator table. The reader renders it on the server; the editor's preview renders the same component.
 */
export function ReportView(props: ReportViewProps) {
  const { report, lang, links } = props;
  return (
    <article className="report">
      <TitleBlock
        report={report}
        township={props.township}
        county={props.county}
        lang={lang}
        links={links}
        publication={props.publication ?? null}
        demo={props.demo ?? false}
      >
        {props.notices}
      </TitleBlock>
      <div className="report-layout">
        <TableOfContents report={report} lang={lang} />
        <ReportSections report={report} lang={lang} links={links} />
      </div>
      <KeyIndicators
        report={report}
        lang={lang}
        links={links}
        progress={props.progress ?? null}
        marked={markedFigures(report)}
      />
    </article>
  );
}

/** Ids of the figures that can be found in the text (and so linked to). */
export function markedFigures(report: Report): Set<string> {
  const confirmed = report.observations.filter((o) => o.confirmed);
  const ids = new Set<string>();
  for (const s of report.sections)
    for (const runs of markFigures(s.text, s.id, confirmed))
      for (const r of runs) if (r.figure) ids.add(r.figure.id);
  return ids;
}

import { displayHeadings, findIndicator, formatPeriod, type Observation, type Report } from "@gongkai/domain";
import { type Lang, t } from "../i18n";
import { contentLang } from "./content-lang";
import { markFigures } from "./figure-marks";
import { kindLabel } from "./kind-label";
import { figureAnchor, type ReportLinks, sectionAnchor } from "./links";

export interface ReportSectionsProps {
  report: Report;
  lang: Lang;
  links: ReportLinks;
}

/**
 * The report's text, section by section: headings one level below the title (h2 for level 1), each with a stable
 * anchor and a link to itself; paragraphs with the figures the report states marked and linked to their indicator.
 */
export function ReportSections({ report, lang, links }: ReportSectionsProps) {
  const headings = displayHeadings(report.sections);
  const linked = report.observations.filter((o) => o.confirmed);
  return (
    <div className="report-text prose" lang={contentLang(lang)}>
      {report.sections.map((section, i) => {
        const paragraphs = markFigures(section.text, section.id, linked);
        const anchor = sectionAnchor(section.id);
        const heading = headings[i] ?? "";
        const Heading = `h${Math.min(section.level + 1, 6)}` as "h2";
        return (
          <section
            key={section.id}
            className={`report-section level-${section.level}`}
            aria-labelledby={heading ? anchor : undefined}
          >
            {heading ? (
              <Heading id={anchor}>
                {heading}{" "}
                <a
                  className="anchor no-print"
                  href={`#${anchor}`}
                  aria-label={t(lang, "sectionLink", { heading })}
                  data-copy={t(lang, "linkCopied")}
                  lang={lang === "en" ? "en" : undefined}
                >
                  #
                </a>
              </Heading>
            ) : (
              <span id={anchor} />
            )}
            {paragraphs.map((runs, p) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their order
              <p key={p}>
                {runs.map((run, r) =>
                  run.figure ? (
                    <Figure key={run.figure.id} observation={run.figure} lang={lang} links={links}>
                      {run.text}
                    </Figure>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: text runs are positional
                    <span key={r}>{run.text}</span>
                  ),
                )}
              </p>
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** A figure in the text: linked to its indicator when it is one, with what it is in its title. */
function Figure({
  observation,
  lang,
  links,
  children,
}: {
  observation: Observation;
  lang: Lang;
  links: ReportLinks;
  children: string;
}) {
  const definition = observation.indicatorCode ? findIndicator(observation.indicatorCode) : undefined;
  const name = definition ? (lang === "zh" ? definition.name : definition.nameEn) : observation.subject;
  const title = t(lang, "figureTitle", {
    name,
    period: observation.period ? formatPeriod(observation.period, lang) : "—",
    kind: kindLabel(observation.kind, lang),
  });
  if (!definition) {
    return (
      <span className="fig" id={figureAnchor(observation.id)}>
        {children}
      </span>
    );
  }
  return (
    <a
      className={`fig fig-${observation.kind}`}
      id={figureAnchor(observation.id)}
      href={links.indicator(definition.code)}
      title={title}
    >
      {children}
    </a>
  );
}

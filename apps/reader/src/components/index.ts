// Pure components of domain data, shared with the editor's preview: no server-only imports here.
export { contentLang } from "./content-lang";
export { DemoBadge } from "./demo-badge";
export { markFigures, type TextRun } from "./figure-marks";
export { KeyIndicators, type KeyIndicatorsProps } from "./key-indicators";
export { kindLabel } from "./kind-label";
export { figureAnchor, type ReportLinks, sectionAnchor } from "./links";
export { ReportSections, type ReportSectionsProps } from "./report-sections";
export { markedFigures, ReportView, type ReportViewProps } from "./report-view";
export { SelectField, type SelectOption, yearOptions } from "./select-field";
export { TableOfContents } from "./table-of-contents";
export { type PublicationInfo, Time, TitleBlock, type TitleBlockProps } from "./title-block";

import { displayHeadings, type Report, type SectionNode, sectionTree } from "@gongkai/domain";
import { type Lang, t } from "../i18n";
import { contentLang } from "./content-lang";
import { sectionAnchor } from "./links";

/** The report's headings as a nested list of links to their sections. */
export function TableOfContents({ report, lang }: { report: Report; lang: Lang }) {
  const shown = displayHeadings(report.sections);
  const headings = new Map(report.sections.map((s, i) => [s.id, shown[i] ?? ""]));
  const titled = sectionTree(report.sections.filter((s) => s.heading));
  if (!titled.length) return null;
  const list = (nodes: SectionNode[], depth: number) => (
    <ol className={`toc-level-${depth}`}>
      {nodes.map((n) => (
        <li key={n.section.id}>
          <a href={`#${sectionAnchor(n.section.id)}`}>{headings.get(n.section.id)}</a>
          {n.children.length ? list(n.children, depth + 1) : null}
        </li>
      ))}
    </ol>
  );
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{t(lang, "tableOfContents")}</h2>
      <div lang={contentLang(lang)}>{list(titled, 1)}</div>
    </nav>
  );
}

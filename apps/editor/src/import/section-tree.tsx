import { type ImportedDocument, type ImportedSection, SECTION_ROLE_LABELS } from "@gongkai/domain";
import { useI18n } from "../i18n/i18n";

interface Node {
  section: ImportedSection;
  index: number;
  children: Node[];
}

function tree(sections: readonly ImportedSection[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  sections.forEach((section, index) => {
    const node: Node = { section, index, children: [] };
    while (stack.length && (stack[stack.length - 1]?.section.level ?? 0) >= section.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  });
  return roots;
}

/** The sections the pipeline found, as a tree; choosing one shows it in the text. */
export function SectionTree({ doc, onShow }: { doc: ImportedDocument; onShow(index: number): void }) {
  const { t, l } = useI18n();
  const render = (nodes: Node[]) => (
    <ul>
      {nodes.map((n) => (
        <li key={n.index}>
          <button type="button" className="link-button" onClick={() => onShow(n.index)}>
            {n.section.heading || t("openingText")}
          </button>{" "}
          {n.section.role ? <span className="tag">{l(SECTION_ROLE_LABELS[n.section.role])}</span> : null}{" "}
          <small className="muted">{t("charCount", { n: n.section.text.length })}</small>
          {n.children.length ? render(n.children) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <nav className="section-tree" aria-label={t("sectionTree")}>
      {render(tree(doc.sections))}
    </nav>
  );
}

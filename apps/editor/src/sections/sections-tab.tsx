import { numberSections, WORKFLOW_STATE_LABELS } from "@gongkai/domain";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { ChecksPanel } from "../checks/checks-panel";
import { useI18n } from "../i18n/i18n";
import { useTRPC } from "../lib/trpc";
import { useSession } from "../workspace/report-session";
import { AddFirstSection } from "./add-first-section";
import { OutlineList } from "./outline-list";
import { SectionCard } from "./section-card";

/** The writing view: the outline to move sections around, every section to edit, and the checks beside them. */
export function SectionsTab() {
  const { t, l } = useI18n();
  const trpc = useTRPC();
  const { working, reportId } = useSession();
  const sections = working.report.sections;
  const markers = useMemo(() => numberSections(sections), [sections]);
  const comments = useQuery(trpc.comments.list.queryOptions({ reportId }));
  const openThreads = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of comments.data ?? [])
      if (!c.parentId && !c.resolvedAt && c.sectionId) m.set(c.sectionId, (m.get(c.sectionId) ?? 0) + 1);
    return m;
  }, [comments.data]);
  return (
    <div className="edit-layout">
      <aside className="outline-pane" aria-labelledby="outline-head">
        <h2 id="outline-head">{t("outline")}</h2>
        <OutlineList sections={sections} markers={markers} editable={working.canEdit} />
      </aside>
      <div className="sections-pane">
        {!working.canEdit ? (
          <p className="notice">
            {working.state === "draft"
              ? t("readOnlyNotEditor")
              : t("readOnlyState", { state: l(WORKFLOW_STATE_LABELS[working.state]) })}
          </p>
        ) : null}
        {sections.length === 0 && working.canEdit ? <AddFirstSection /> : null}
        {sections.map((s, i) => (
          <SectionCard
            key={s.id}
            section={s}
            index={i}
            marker={markers[i] ?? ""}
            openThreads={openThreads.get(s.id) ?? 0}
          />
        ))}
      </div>
      <aside className="checks-pane" aria-labelledby="checks-head">
        <ChecksPanel />
      </aside>
    </div>
  );
}

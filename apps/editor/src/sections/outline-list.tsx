import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { Section } from "@gongkai/domain";
import { useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { ErrorMessage } from "../ui/error-message";
import { dropTarget } from "../workspace/outline";
import { useSession } from "../workspace/report-session";

/**
 * The report's outline. A section is moved with its subsections by dragging its handle, or from the keyboard:
 * focus the handle, Space to pick it up, arrows to move, Space to drop, Escape to cancel (dnd-kit's keyboard
 * sensor, announced to screen readers). Choosing a heading goes to the section.
 */
export function OutlineList({
  sections,
  markers,
  editable,
}: {
  sections: readonly Section[];
  markers: readonly string[];
  editable: boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const name = useMemo(() => {
    const byId = new Map(sections.map((s, i) => [s.id, label(s, markers[i] ?? "", t("untitledSection"))]));
    return (id: string | number) => byId.get(String(id)) ?? "";
  }, [sections, markers, t]);
  const position = (id: string | number) => sections.findIndex((s) => s.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t("dndPicked", { name: name(active.id), n: position(active.id), total: sections.length }),
    onDragOver: ({ active, over }) =>
      over
        ? t("dndOver", { name: name(active.id), target: name(over.id), n: position(over.id) })
        : t("dndNowhere"),
    onDragEnd: ({ active, over }) =>
      over
        ? t("dndDropped", { name: name(active.id), target: name(over.id) })
        : t("dndCancelled", { name: name(active.id) }),
    onDragCancel: ({ active }) => t("dndCancelled", { name: name(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    setError(null);
    session
      .edit((w, c) => {
        const target = dropTarget(w.report.sections, String(active.id), String(over.id));
        return target
          ? c.sections.move.mutate({
              reportId: w.id,
              baseVersion: w.version,
              sectionId: String(active.id),
              ...target,
            })
          : null;
      })
      .catch(setError);
  };
  const go = (id: string) => session.requestFocus({ sectionId: id, field: "heading" });
  if (!editable) {
    return (
      <ol className="outline">
        {sections.map((s, i) => (
          <li key={s.id} className={`level-${s.level}`}>
            <button type="button" className="link-button" onClick={() => go(s.id)}>
              {label(s, markers[i] ?? "", t("untitledSection"))}
            </button>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <>
      <p className="muted small" id="outline-help">
        {t("outlineHelp")}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("dndInstructions") } }}
      >
        <SortableContext items={sections.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol className="outline">
            {sections.map((s, i) => (
              <OutlineItem
                key={s.id}
                section={s}
                text={label(s, markers[i] ?? "", t("untitledSection"))}
                onGo={() => go(s.id)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <ErrorMessage error={error} />
    </>
  );
}

function label(s: Section, marker: string, untitled: string): string {
  if (s.heading) return `${marker}${s.heading}`;
  const start = s.text.trim().slice(0, 14);
  return start ? `${untitled}：${start}…` : untitled;
}

function OutlineItem({ section, text, onGo }: { section: Section; text: string; onGo(): void }) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: section.id,
    });
  return (
    <li
      ref={setNodeRef}
      className={`level-${section.level} ${isDragging ? "dragging" : ""}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        type="button"
        className="drag-handle"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t("dragHandle", { name: text })}
      >
        ⠿
      </button>
      <button type="button" className="link-button" onClick={onGo}>
        {text}
      </button>
    </li>
  );
}

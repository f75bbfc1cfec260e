import { useI18n } from "../i18n/i18n";
import { useSession } from "../workspace/report-session";

/** An empty report's first section. */
export function AddFirstSection() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <p>
      <button
        type="button"
        onClick={() =>
          void session.edit((w, c) =>
            c.sections.add.mutate({
              reportId: w.id,
              baseVersion: w.version,
              afterSectionId: null,
              section: { level: 1, heading: "", numbering: "none", role: null, topics: [], text: "" },
            }),
          )
        }
      >
        {t("addSection")}
      </button>
    </p>
  );
}

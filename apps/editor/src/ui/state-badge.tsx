import { WORKFLOW_STATE_LABELS, type WorkflowState } from "@gongkai/domain";
import { useI18n } from "../i18n/i18n";

export function StateBadge({ state }: { state: WorkflowState }) {
  const { l } = useI18n();
  return <span className={`badge state-${state}`}>{l(WORKFLOW_STATE_LABELS[state])}</span>;
}

import type { Place } from "@gongkai/domain";
import { useI18n } from "../i18n/i18n";
import type { PlaceIndex } from "../places/use-places";

export function TownshipSelect({
  townships,
  index,
  value,
  onChange,
}: {
  townships: Place[];
  index: PlaceIndex;
  value: string;
  onChange(id: string): void;
}) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span>{t("township")}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} required>
        {townships.map((p) => (
          <option key={p.id} value={p.id}>
            {index.label(p.id)}
          </option>
        ))}
      </select>
    </label>
  );
}

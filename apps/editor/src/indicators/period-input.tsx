import { formatPeriod, type Period, parsePeriod } from "@gongkai/domain";
import { useId, useState } from "react";
import { useI18n } from "../i18n/i18n";

/**
 * A figure's period as a report writes it (2021年, 2021年1-9月, 截至10月底, 十四五), read with the domain's
 * `parsePeriod`; what it understood is shown beside it, and an unreadable entry is said so and not used.
 */
export function PeriodInput({
  value,
  onChange,
  year,
}: {
  value: Period | null;
  onChange(p: Period | null): void;
  /** The year meant when the entry leaves it out. */
  year: number;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [text, setText] = useState(value ? formatPeriod(value, "zh") : "");
  const parsed = text.trim() ? parsePeriod(text, year) : null;
  return (
    <div className="field">
      <label htmlFor={id}>{t("period")}</label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder="2021年 / 2021年1-9月 / 十四五"
        aria-describedby={`${id}-hint`}
        aria-invalid={parsed !== null && !parsed.ok}
        onChange={(e) => {
          setText(e.target.value);
          const p = e.target.value.trim() ? parsePeriod(e.target.value, year) : null;
          if (p === null) onChange(null);
          else if (p.ok) onChange(p.value);
        }}
      />
      <small id={`${id}-hint`} className={parsed && !parsed.ok ? "error-text" : "muted"}>
        {parsed === null
          ? t("noPeriod")
          : parsed.ok
            ? formatPeriod(parsed.value, lang)
            : t("periodUnreadable")}
      </small>
    </div>
  );
}

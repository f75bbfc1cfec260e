import { findIndicator } from "@gongkai/domain";
import { type KeyboardEvent, useId, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { searchCatalogue } from "./catalogue";

/**
 * Links a figure to an indicator of the catalogue: a combobox (WAI-ARIA pattern) searching Chinese names and
 * aliases as reports write them; arrows move, Enter chooses, Escape closes.
 */
export function CatalogueSearch({
  value,
  onChange,
  label,
}: {
  value: string | null;
  onChange(code: string | null): void;
  label?: string;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const current = value ? findIndicator(value) : undefined;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = searchCatalogue(query);
  const choose = (code: string | null) => {
    onChange(code);
    setOpen(false);
    setQuery("");
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(results.length - 1, a + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      const chosen = results[active];
      if (chosen) choose(chosen.code);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };
  return (
    <div className="combobox">
      <label className="field" htmlFor={`${id}-input`}>
        <span>{label ?? t("indicator")}</span>
      </label>
      <p className="combobox-current">
        {current ? (
          <>
            <strong>{lang === "zh" ? current.name : current.nameEn}</strong> <code>{current.code}</code>{" "}
            <button type="button" className="button-quiet" onClick={() => choose(null)}>
              {t("unlink")}
            </button>
          </>
        ) : (
          <span className="muted">{t("notLinked")}</span>
        )}
      </p>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${id}-opt-${active}` : undefined}
        placeholder={t("searchCatalogue")}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {open && results.length > 0 ? (
        <div id={`${id}-list`} role="listbox" tabIndex={-1} className="listbox">
          {results.map((d, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (WAI-ARIA pattern)
            // biome-ignore lint/a11y/useFocusableInteractive: options are never focused; the input keeps focus (aria-activedescendant)
            <div
              key={d.code}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : ""}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(d.code)}
            >
              <strong>{d.name}</strong> <span className="muted">{d.nameEn}</span>{" "}
              <small className="muted">
                {d.aliases
                  .filter((a) => a !== d.name)
                  .slice(0, 3)
                  .join("、")}
              </small>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

import type { Place } from "@gongkai/domain";
import { useId, useState } from "react";
import { useI18n } from "../i18n/i18n";
import type { PlaceIndex } from "../places/use-places";
import type { GrantChoice } from "./grants";

/** Roles of a user: administrator, editor of townships, reviewer of counties. */
export function GrantEditor({
  value,
  onChange,
  places,
}: {
  value: GrantChoice;
  onChange(v: GrantChoice): void;
  places: PlaceIndex;
}) {
  const { t } = useI18n();
  const id = useId();
  const [filter, setFilter] = useState("");
  const counties = places.all.filter((p) => p.level === "county");
  const townshipsOf = (c: Place) =>
    places.all.filter(
      (p) =>
        p.level === "township" &&
        p.parentId === c.id &&
        (!filter || p.name.includes(filter) || c.name.includes(filter)),
    );
  const toggle = (list: string[], item: string, on: boolean) =>
    on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
  return (
    <div className="grant-editor stack">
      <label className="check">
        <input
          type="checkbox"
          checked={value.admin}
          onChange={(e) => onChange({ ...value, admin: e.target.checked })}
        />
        {t("roleAdmin")}
      </label>
      <fieldset>
        <legend>{t("reviewerOfCounties")}</legend>
        <div className="checks-grid">
          {counties.map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                checked={value.countyIds.includes(c.id)}
                onChange={(e) =>
                  onChange({ ...value, countyIds: toggle(value.countyIds, c.id, e.target.checked) })
                }
              />
              {places.label(c.id)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("editorOfTownships")}</legend>
        <label className="field" htmlFor={`${id}-filter`}>
          <span>{t("filterPlaces")}</span>
        </label>
        <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        {counties.map((c) => {
          const list = townshipsOf(c);
          if (!list.length) return null;
          return (
            <div key={c.id} className="county-group">
              <p className="small muted">{places.label(c.id)}</p>
              <div className="checks-grid">
                {list.map((p) => (
                  <label key={p.id} className="check">
                    <input
                      type="checkbox"
                      checked={value.townshipIds.includes(p.id)}
                      onChange={(e) =>
                        onChange({ ...value, townshipIds: toggle(value.townshipIds, p.id, e.target.checked) })
                      }
                    />
                    {p.name}
                  </label>
                ))}
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

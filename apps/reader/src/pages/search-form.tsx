import type { Translate } from "../i18n";

/** The search box: a GET form to the search page, so it works without JavaScript. */
export function SearchBox({
  t,
  action,
  q = "",
  id = "q",
}: {
  t: Translate;
  action: string;
  q?: string;
  id?: string;
}) {
  return (
    <search>
      <form className="search-box" method="get" action={action}>
        <label htmlFor={id}>{t("searchLabel")}</label>
        <div className="search-row">
          <input
            id={id}
            type="search"
            name="q"
            defaultValue={q}
            placeholder={t("searchPlaceholder")}
            maxLength={100}
          />
          <button type="submit">{t("searchButton")}</button>
        </div>
      </form>
    </search>
  );
}

/** One choice of a filter form: what is sent and what is shown. */
export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled drop-down of a GET filter form (search, promises, explorer), so the page works without JavaScript.
 * `any` adds a first, empty choice that leaves the filter off.
 */
export function SelectField(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  any?: string;
  options: readonly SelectOption[];
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value}>
        {props.any !== undefined && <option value="">{props.any}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Years as choices, each shown as written. */
export const yearOptions = (years: readonly number[]): SelectOption[] =>
  years.map((y) => ({ value: String(y), label: String(y) }));

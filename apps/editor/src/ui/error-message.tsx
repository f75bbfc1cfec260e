import { useI18n } from "../i18n/i18n";
import { appError, fieldMessage } from "../lib/app-error";

/** A failure as the user should read it: the server's message in the interface language, and any fields. */
export function ErrorMessage({ error, className }: { error: unknown; className?: string }) {
  const { l, lang } = useI18n();
  if (!error) return null;
  const info = appError(error);
  return (
    <div className={`notice notice-error ${className ?? ""}`} role="alert">
      <p>{l(info.message)}</p>
      {info.fields.length > 0 ? (
        <ul>
          {info.fields.map((f) => (
            <li key={`${f.path}:${f.message}`}>
              <code>{f.path}</code> {fieldMessage(f, lang)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

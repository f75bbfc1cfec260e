import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { usePageTitle } from "../layout/page-title";
import { useTRPC } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";
import { GrantList } from "./grant-list";
import { useMe } from "./session";

/** The signed-in user's account: who they are, their roles, a new password, signing out elsewhere. */
export function AccountPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const me = useMe();
  usePageTitle(t("accountTitle"));
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const endOthers = useMutation(trpc.auth.endOtherSessions.mutationOptions());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(
      { currentPassword: current, newPassword: next, endOtherSessions: true },
      {
        onSuccess: () => {
          setCurrent("");
          setNext("");
        },
      },
    );
  };
  const user = me.data?.user;
  return (
    <section className="page narrow">
      <h1>{t("accountTitle")}</h1>
      {user ? (
        <dl className="facts">
          <div>
            <dt>{t("name")}</dt>
            <dd>{user.name}</dd>
          </div>
          <div>
            <dt>{t("email")}</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>{t("roles")}</dt>
            <dd>
              <GrantList grants={me.data?.grants ?? []} />
            </dd>
          </div>
        </dl>
      ) : null}
      <h2>{t("changePassword")}</h2>
      <form onSubmit={submit} className="stack">
        <label className="field">
          <span>{t("currentPassword")}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("newPassword")}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
          <small>{t("passwordRule")}</small>
        </label>
        <ErrorMessage error={change.error} />
        {change.isSuccess ? (
          <p className="notice notice-ok" role="status">
            {t("passwordChanged")}
          </p>
        ) : null}
        <button type="submit" className="button-primary" disabled={change.isPending}>
          {t("changePassword")}
        </button>
      </form>
      <h2>{t("sessions")}</h2>
      <p>
        <button type="button" onClick={() => endOthers.mutate()} disabled={endOthers.isPending}>
          {t("endOtherSessions")}
        </button>
      </p>
      {endOthers.isSuccess ? (
        <p className="notice notice-ok" role="status">
          {t("otherSessionsEnded")}
        </p>
      ) : null}
      <ErrorMessage error={endOthers.error} />
    </section>
  );
}

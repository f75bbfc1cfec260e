import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { GrantList } from "../auth/grant-list";
import { useI18n } from "../i18n/i18n";
import { usePageTitle } from "../layout/page-title";
import { formatDay } from "../lib/time";
import { type RouterOutputs, useTRPC } from "../lib/trpc";
import { usePlaces } from "../places/use-places";
import { ErrorMessage } from "../ui/error-message";
import { Loading } from "../ui/loading";
import { GrantEditor } from "./grant-editor";
import { choiceOf, type GrantChoice, grantsOf } from "./grants";

type User = RouterOutputs["users"]["list"][number];

/** Accounts and what each may do: create, change roles, reset a password, disable (which ends its sessions). */
export function AdminUsersPage() {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.users.list.queryOptions());
  const places = usePlaces();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  usePageTitle(t("usersTitle"));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: refresh }));
  if (users.isPending || places.isPending) return <Loading />;
  if (users.isError) return <ErrorMessage error={users.error} />;
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("usersTitle")}</h1>
        <button
          type="button"
          className="button-primary"
          onClick={() => setCreating(true)}
          disabled={creating}
        >
          {t("newUser")}
        </button>
      </div>
      {creating ? <CreateUser onDone={() => setCreating(false)} /> : null}
      <ErrorMessage error={update.error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("roles")}</th>
              <th scope="col">{t("accountState")}</th>
              <th scope="col">{t("createdOn")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <UserRows
                key={u.id}
                user={u}
                lang={lang}
                editing={editing === u.id}
                onEdit={() => setEditing(editing === u.id ? null : u.id)}
                onToggle={() => update.mutate({ userId: u.id, disabled: !u.disabled })}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function UserRows({
  user,
  lang,
  editing,
  onEdit,
  onToggle,
}: {
  user: User;
  lang: "zh" | "en";
  editing: boolean;
  onEdit(): void;
  onToggle(): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <tr className={user.disabled ? "disabled" : ""}>
        <td>{user.name}</td>
        <td>{user.email}</td>
        <td>
          <GrantList grants={user.grants} />
        </td>
        <td>{user.disabled ? t("disabled") : t("active")}</td>
        <td>{formatDay(user.createdAt, lang)}</td>
        <td className="row-actions">
          <button type="button" className="button-small" onClick={onEdit} aria-expanded={editing}>
            {t("editUser")}
          </button>
          <button type="button" className="button-small" onClick={onToggle}>
            {user.disabled ? t("enable") : t("disable")}
          </button>
        </td>
      </tr>
      {editing ? (
        <tr className="row-detail">
          <td colSpan={6}>
            <EditUser user={user} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function EditUser({ user }: { user: User }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const places = usePlaces();
  const [choice, setChoice] = useState<GrantChoice>(() => choiceOf(user.grants));
  const [password, setPassword] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const setGrants = useMutation(trpc.users.setGrants.mutationOptions({ onSuccess: refresh }));
  const reset = useMutation(trpc.users.resetPassword.mutationOptions({ onSuccess: () => setPassword("") }));
  return (
    <div className="user-edit two-columns">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          setGrants.mutate({ userId: user.id, grants: grantsOf(choice) });
        }}
      >
        <h3>{t("rolesOf", { name: user.name })}</h3>
        <GrantEditor value={choice} onChange={setChoice} places={places.index} />
        <ErrorMessage error={setGrants.error} />
        {setGrants.isSuccess ? <p className="notice notice-ok">{t("saved")}</p> : null}
        <button type="submit" className="button-primary">
          {t("saveRoles")}
        </button>
      </form>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          reset.mutate({ userId: user.id, password });
        }}
      >
        <h3>{t("resetPassword")}</h3>
        <label className="field">
          <span>{t("newPassword")}</span>
          <input
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <small>{t("passwordRule")}</small>
        </label>
        <ErrorMessage error={reset.error} />
        {reset.isSuccess ? <p className="notice notice-ok">{t("passwordReset")}</p> : null}
        <button type="submit">{t("resetPassword")}</button>
      </form>
    </div>
  );
}

function CreateUser({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const places = usePlaces();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [choice, setChoice] = useState<GrantChoice>({ admin: false, townshipIds: [], countyIds: [] });
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
        onDone();
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ email, name, password, grants: grantsOf(choice) });
  };
  return (
    <form className="panel stack" onSubmit={submit} aria-labelledby="new-user-head">
      <h2 id="new-user-head">{t("newUser")}</h2>
      <div className="row">
        <label className="field">
          <span>{t("name")}</span>
          <input type="text" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("email")}</span>
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("initialPassword")}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <small>{t("passwordRule")}</small>
        </label>
      </div>
      <GrantEditor value={choice} onChange={setChoice} places={places.index} />
      <ErrorMessage error={create.error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={create.isPending}>
          {t("createUser")}
        </button>
        <button type="button" onClick={onDone}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

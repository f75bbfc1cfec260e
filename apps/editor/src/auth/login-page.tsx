import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { useI18n } from "../i18n/i18n";
import { LanguageSwitch } from "../layout/language-switch";
import { useTRPC } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";

/** Where to go after signing in: a path inside the editor only, never another site. */
export function safeNext(next: string | null): string {
  return next && /^\/(?!\/)[\w\-/.?=&%]*$/.test(next) ? next : "/";
}

export function LoginPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get("next"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        navigate(next);
      },
    }),
  );
  useEffect(() => {
    document.title = `${t("signIn")} · ${t("appName")}`;
  }, [t]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email, password });
  };
  return (
    <main className="login" id="main">
      <div className="login-card">
        <div className="login-top">
          <p className="brand">{t("appName")}</p>
          <LanguageSwitch />
        </div>
        <h1>{t("signInTitle")}</h1>
        <form onSubmit={submit} className="stack">
          <label className="field">
            <span>{t("email")}</span>
            <input
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </label>
          <label className="field">
            <span>{t("password")}</span>
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <ErrorMessage error={login.error} />
          <button type="submit" className="button-primary" disabled={login.isPending}>
            {login.isPending ? t("signingIn") : t("signIn")}
          </button>
        </form>
      </div>
    </main>
  );
}

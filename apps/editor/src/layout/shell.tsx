import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect } from "react";
import { Link, useLocation } from "wouter";
import { abilities, useMe } from "../auth/session";
import { useI18n } from "../i18n/i18n";
import { useTRPC } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";
import { Loading } from "../ui/loading";
import { LanguageSwitch } from "./language-switch";

/** The frame of every signed-in page: header, navigation, and the page. Signed-out visitors go to sign in. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [location, navigate] = useLocation();
  const user = me.data?.user ?? null;
  const can = abilities(me.data?.grants ?? []);
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => {
        queryClient.clear();
        navigate("/login");
      },
    }),
  );
  useEffect(() => {
    if (me.isSuccess && !user) navigate(`/login?next=${encodeURIComponent(location)}`, { replace: true });
  }, [me.isSuccess, user, location, navigate]);

  if (me.isError) return <ErrorMessage error={me.error} />;
  if (!user) return <Loading />;
  const navClass = (path: string) =>
    (path === "/" ? location === "/" : location.startsWith(path)) ? "active" : "";
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          {t("appName")}
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul>
            <li>
              <Link href="/" className={navClass("/")}>
                {t("navReports")}
              </Link>
            </li>
            {can.admin || can.editorOf.length > 0 ? (
              <>
                <li>
                  <Link href="/new" className={navClass("/new")}>
                    {t("navNew")}
                  </Link>
                </li>
                <li>
                  <Link href="/import" className={navClass("/import")}>
                    {t("navImport")}
                  </Link>
                </li>
              </>
            ) : null}
            {can.admin ? (
              <>
                <li>
                  <Link href="/admin/users" className={navClass("/admin/users")}>
                    {t("navUsers")}
                  </Link>
                </li>
                <li>
                  <Link href="/admin/places" className={navClass("/admin/places")}>
                    {t("navPlaces")}
                  </Link>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        <div className="topbar-user">
          <Link href="/account" className="user-name">
            {user.name}
          </Link>
          <LanguageSwitch />
          <button type="button" className="button-quiet" onClick={() => logout.mutate()}>
            {t("signOut")}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

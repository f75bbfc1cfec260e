import type { RoleGrant } from "@gongkai/domain";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../i18n/i18n";
import { useTRPC } from "../lib/trpc";

/** A user's roles in words: 管理员; 编辑（望京镇、…）; 审核（样本县）. */
export function GrantList({ grants }: { grants: readonly RoleGrant[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const places = useQuery(trpc.places.list.queryOptions());
  const name = (id: string) => places.data?.find((p) => p.id === id)?.name ?? id;
  if (grants.length === 0) return <span>{t("noRoles")}</span>;
  return (
    <ul className="inline-list">
      {grants.map((g) => (
        <li
          key={
            g.role === "editor"
              ? `e:${g.townshipIds.join()}`
              : g.role === "reviewer"
                ? `r:${g.countyId}`
                : "a"
          }
        >
          {g.role === "admin"
            ? t("roleAdmin")
            : g.role === "editor"
              ? `${t("roleEditor")}（${g.townshipIds.map(name).join("、")}）`
              : `${t("roleReviewer")}（${name(g.countyId)}）`}
        </li>
      ))}
    </ul>
  );
}

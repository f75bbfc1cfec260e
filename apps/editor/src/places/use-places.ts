import type { Place } from "@gongkai/domain";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useAbilities } from "../auth/session";
import { useTRPC } from "../lib/trpc";

export interface PlaceIndex {
  all: Place[];
  byId: Map<string, Place>;
  /** The township's name with its county: 望京镇（样本县）. */
  label(id: string): string;
}

export function indexPlaces(all: Place[]): PlaceIndex {
  const byId = new Map(all.map((p) => [p.id, p]));
  return {
    all,
    byId,
    label(id) {
      const p = byId.get(id);
      if (!p) return id;
      const parent = p.parentId ? byId.get(p.parentId) : undefined;
      return parent && p.level === "township" ? `${p.name}（${parent.name}）` : p.name;
    },
  };
}

export function usePlaces() {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.places.list.queryOptions(), staleTime: 5 * 60_000 });
  const index = useMemo(() => indexPlaces(query.data ?? []), [query.data]);
  return { ...query, index };
}

/** The townships the user may create reports for: their own as an editor, every one as an admin. */
export function useWritableTownships(): { townships: Place[]; index: PlaceIndex; isPending: boolean } {
  const can = useAbilities();
  const places = usePlaces();
  const townships = places.index.all.filter(
    (p) => p.level === "township" && (can.admin || can.editorOf.includes(p.id)),
  );
  return { townships, index: places.index, isPending: places.isPending };
}

import type { Observation, Report, Section } from "@gongkai/domain";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange<T> {
  id: string;
  change: "added" | "removed" | "changed" | "moved";
  /** The fields that differ, for `changed`. */
  fields: string[];
  before: T | null;
  after: T | null;
}

export interface ReportDiff {
  meta: FieldChange[];
  sections: ItemChange<Section>[];
  observations: ItemChange<Observation>[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffItems<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  ordered: boolean,
): ItemChange<T>[] {
  const old = new Map(before.map((x, i) => [x.id, { x, i }]));
  const now = new Map(after.map((x, i) => [x.id, { x, i }]));
  const changes: ItemChange<T>[] = [];
  // Order is judged among the items both versions have, so one insertion does not mark everything as moved.
  const common = after.filter((x) => old.has(x.id)).map((x) => x.id);
  const commonBefore = before.filter((x) => now.has(x.id)).map((x) => x.id);
  for (const [id, { x }] of now) {
    const prior = old.get(id);
    if (!prior) {
      changes.push({ id, change: "added", fields: [], before: null, after: x });
      continue;
    }
    const fields = Object.keys({ ...prior.x, ...x }).filter(
      (k) => !same((prior.x as Record<string, unknown>)[k], (x as Record<string, unknown>)[k]),
    );
    if (fields.length) changes.push({ id, change: "changed", fields, before: prior.x, after: x });
    else if (ordered && common.indexOf(id) !== commonBefore.indexOf(id)) {
      changes.push({ id, change: "moved", fields: [], before: prior.x, after: x });
    }
  }
  for (const [id, { x }] of old)
    if (!now.has(id)) changes.push({ id, change: "removed", fields: [], before: x, after: null });
  return changes;
}

/**
 * What changed between two versions of a report: metadata fields, sections (added, removed, changed, moved)
 * and figures. The full texts of both are in the versions themselves.
 */
export function diffReports(a: Report, b: Report): ReportDiff {
  const { sections: sa, observations: oa, ...ma } = a;
  const { sections: sb, observations: ob, ...mb } = b;
  const meta = Object.keys({ ...ma, ...mb })
    .filter((k) => !same((ma as Record<string, unknown>)[k], (mb as Record<string, unknown>)[k]))
    .map((field) => ({
      field,
      before: (ma as Record<string, unknown>)[field] ?? null,
      after: (mb as Record<string, unknown>)[field] ?? null,
    }));
  return { meta, sections: diffItems(sa, sb, true), observations: diffItems(oa, ob, false) };
}

import { AppError, pathOf } from "./errors";

// NUL cannot be stored in a PostgreSQL text or jsonb value, and a lone UTF-16 surrogate is not a character at all:
// both would fail deep in the database as a 500. They are refused at the door instead, naming the field.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (s: string) => s.includes("\u0000") || LONE_SURROGATE.test(s);

/** The path of the first string in `value` that cannot be stored, or null when every string can be. */
export function findUnstorableText(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === "string") return unstorable(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findUnstorableText(v, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = findUnstorableText(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

/** A validation error for input holding NUL or a lone surrogate; null when there is none. */
export function unstorableTextError(value: unknown): AppError | null {
  const found = findUnstorableText(value);
  if (!found) return null;
  const path = pathOf(found);
  const message = "contains a NUL character or a broken (unpaired surrogate) character";
  return new AppError("VALIDATION", {
    message: {
      zh: `输入有误：${path || "请求"} — 含有无法保存的字符（空字符或残缺的 Unicode 字符）`,
      en: `Invalid ${path || "input"}: ${message}`,
    },
    fields: [{ path, message }],
  });
}

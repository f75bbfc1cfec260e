import type { Lang } from "../i18n/lang";

// Times are stored in UTC and always shown in Asia/Shanghai, whatever the device's zone.
const ZONE = "Asia/Shanghai";

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", {
      timeZone: ZONE,
      year: "numeric",
      month: lang === "zh" ? "long" : "short",
      day: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** 2024年3月5日 14:30 (Beijing time), or 5 Mar 2024, 14:30. */
export function formatDateTime(iso: string, lang: Lang): string {
  return formatter(lang, true).format(new Date(iso));
}

export function formatDay(iso: string, lang: Lang): string {
  return formatter(lang, false).format(new Date(iso));
}

/**
 * The value of a datetime-local input for an instant, in Beijing time.
 * @example toShanghaiLocal("2024-03-05T06:30:00Z") // "2024-03-05T14:30"
 */
export function toShanghaiLocal(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * A datetime-local value read as Beijing time (China keeps no daylight saving), as an ISO instant with offset.
 * @example fromShanghaiLocal("2024-03-05T14:30") // "2024-03-05T14:30:00+08:00"
 */
export function fromShanghaiLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  return `${value}:00+08:00`;
}

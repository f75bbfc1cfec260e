import type { Lang } from "../i18n/lang";

/*
 * Dates as readers in China expect them: the calendar day in Asia/Shanghai, written 2024年1月20日. Times from the
 * API are ISO 8601 in UTC, so a publication at 2024-01-19T18:30Z is the 20th in Shanghai.
 */

const TIME_ZONE = "Asia/Shanghai";

const parts = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const fields = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(fields.find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
  };
};

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The calendar day of an instant or a plain date, in Shanghai.
 * @example formatDate("2024-01-19T18:30:00Z", "zh") // "2024年1月20日"
 * @example formatDate("2022-01-10", "en") // "10 January 2022"
 */
export function formatDate(value: string, lang: Lang): string {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const p = plain ? { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) } : parts(value);
  if (!p) return value;
  return lang === "zh" ? `${p.year}年${p.month}月${p.day}日` : `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}`;
}

/**
 * Day and time in Shanghai.
 * @example formatDateTime("2024-01-19T18:30:00Z", "zh") // "2024年1月20日 02:30"
 */
export function formatDateTime(iso: string, lang: Lang): string {
  const p = parts(iso);
  if (!p) return iso;
  const time = `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
  return `${formatDate(iso, lang)} ${time}`;
}

/** The date part of an instant in Shanghai, as an ISO date (2024-01-20), for `<time datetime>` and structured data. */
export function shanghaiIsoDate(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

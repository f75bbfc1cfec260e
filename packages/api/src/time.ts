const shanghaiDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Asia/Shanghai, YYYY-MM-DD: the date a publication carries. */
export const shanghaiDate = (d: Date): string => shanghaiDay.format(d);

// China has kept UTC+8 without daylight saving since 1991, so the offset is a constant.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * An instant as ISO 8601 in Asia/Shanghai with its offset, to the second: what CSV, feeds and pages meant for
 * people carry (JSON keeps UTC).
 * @example shanghaiDateTime("2024-01-19T18:30:00.000Z") // "2024-01-20T02:30:00+08:00"
 */
export function shanghaiDateTime(instant: Date | string): string {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  return `${new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

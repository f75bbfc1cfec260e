const shanghaiDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date in Asia/Shanghai, YYYY-MM-DD: the date a publication carries. */
export const shanghaiDate = (d: Date): string => shanghaiDay.format(d);

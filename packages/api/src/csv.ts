/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 (and so shows Chinese) only when it is there. */
export const BOM = "\uFEFF";

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : String(v);
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 CSV with a BOM and CRLF line ends: the open data and the reader's downloads write it this way. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return `${BOM + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

export { formatDate, formatDateTime, shanghaiIsoDate } from "./date";
export { formatNumber, formatPercentChange } from "./number";

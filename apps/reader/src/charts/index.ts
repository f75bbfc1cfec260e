export {
  type ChartSeries,
  LineChart,
  type LineChartProps,
  SERIES_MARKERS,
  ticksForYears,
} from "./line-chart";
export { Sparkline, type SparklineProps } from "./sparkline";

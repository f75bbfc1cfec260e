import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";

export interface SparklineProps {
  points: ReadonlyArray<{ year: number; value: number }>;
  /** Says in words what the line shows; the sparkline is an image with this text alternative. */
  label: string;
  width?: number;
  height?: number;
}

/** A small trend line for headline indicators on a township's page. */
export function Sparkline({ points, label, width = 120, height = 32 }: SparklineProps) {
  if (points.length < 2) return null;
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const values = sorted.map((p) => p.value);
  const x = scaleLinear()
    .domain([sorted[0]?.year ?? 0, sorted[sorted.length - 1]?.year ?? 1])
    .range([2, width - 2]);
  const y = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .range([height - 3, 3]);
  const d = line<{ year: number; value: number }>()
    .x((p) => x(p.year))
    .y((p) => y(p.value))(sorted);
  const last = sorted[sorted.length - 1];
  return (
    <svg
      className="chart sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      <path d={d ?? ""} fill="none" />
      {last && <circle cx={x(last.year)} cy={y(last.value)} r={2.5} />}
    </svg>
  );
}

import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useId } from "react";

/** One line of a chart: a township's figures across years, and the targets it set. */
export interface ChartSeries {
  key: string;
  label: string;
  points: ReadonlyArray<{ year: number; value: number; text: string }>;
  /** Targets set for a year (预期目标), drawn as short dashed marks at the target level. */
  targets?: ReadonlyArray<{ year: number; value: number; text: string }>;
}

export interface LineChartProps {
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  description: string;
  unit: string;
  series: readonly ChartSeries[];
  width?: number;
  height?: number;
  /** Label of the target marks in the legend. */
  targetLabel: string;
  /** How a year is written in the marks' text alternatives: 2021年, or 2021 in English. */
  yearLabel?: (year: number) => string;
}

/** Series are told apart by colour and by marker shape, so the chart reads in grey and for colour-blind readers. */
export const SERIES_MARKERS = ["circle", "square", "diamond", "triangle"] as const;

const MARGIN = { top: 28, right: 16, bottom: 32, left: 56 };

/**
 * A line chart drawn on the server as SVG: years on the x axis, one line per series, targets as dashed marks.
 * It carries a title and a description for screen readers; the data table is shown beside it.
 */
export function LineChart({
  title,
  description,
  unit,
  series,
  width = 560,
  height = 300,
  targetLabel,
  yearLabel = (year) => `${year}年`,
}: LineChartProps) {
  const id = useId();
  const all = series.flatMap((s) => [...s.points, ...(s.targets ?? [])]);
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const x = scaleLinear()
    .domain(minYear === maxYear ? [minYear - 1, maxYear + 1] : [minYear, maxYear])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values, 0) || 1])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const yearTicks = ticksForYears(minYear, maxYear);
  const path = line<{ year: number; value: number }>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));

  if (all.length === 0) return null;
  return (
    <svg
      className="chart line-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <g className="chart-grid">
        {y.ticks(5).map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} />
            <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
              {formatTick(t)}
            </text>
          </g>
        ))}
        <text x={MARGIN.left - 6} y={MARGIN.top - 14} textAnchor="end" className="chart-unit">
          {unit}
        </text>
        {yearTicks.map((t) => (
          <text key={t} x={x(t)} y={height - MARGIN.bottom + 18} textAnchor="middle">
            {t}
          </text>
        ))}
      </g>
      {series.map((s, i) => (
        <g key={s.key} className={`chart-series series-${i % 8}`}>
          <path d={path([...s.points].sort((a, b) => a.year - b.year)) ?? ""} fill="none" />
          {s.points.map((p) => (
            <Marker
              key={p.year}
              shape={SERIES_MARKERS[i % SERIES_MARKERS.length] ?? "circle"}
              cx={x(p.year)}
              cy={y(p.value)}
            >
              <title>{`${s.label} ${yearLabel(p.year)}: ${p.text}`}</title>
            </Marker>
          ))}
          {(s.targets ?? []).map((t) => (
            <line
              key={`target-${t.year}`}
              className="chart-target"
              x1={x(t.year) - 10}
              x2={x(t.year) + 10}
              y1={y(t.value)}
              y2={y(t.value)}
            >
              <title>{`${s.label} ${yearLabel(t.year)} ${targetLabel}: ${t.text}`}</title>
            </line>
          ))}
        </g>
      ))}
    </svg>
  );
}

function Marker({
  shape,
  cx,
  cy,
  children,
}: {
  shape: (typeof SERIES_MARKERS)[number];
  cx: number;
  cy: number;
  children: React.ReactNode;
}) {
  const r = 4;
  switch (shape) {
    case "square":
      return (
        <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r}>
          {children}
        </rect>
      );
    case "diamond":
      return (
        <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}>
          {children}
        </polygon>
      );
    case "triangle":
      return (
        <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`}>
          {children}
        </polygon>
      );
    default:
      return (
        <circle cx={cx} cy={cy} r={r}>
          {children}
        </circle>
      );
  }
}

/** Every year when there are few, else about six evenly spaced. */
export function ticksForYears(from: number, to: number): number[] {
  const span = to - from;
  const step = Math.max(1, Math.ceil(span / 6));
  const out: number[] = [];
  for (let year = from; year <= to; year += step) out.push(year);
  return out;
}

// Axis labels in Chinese style: 12000 -> 1.2万.
function formatTick(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1e8) return `${trim(v / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(v / 1e4)}万`;
  return trim(v);
}

function trim(v: number): string {
  return String(Number(v.toFixed(2)));
}

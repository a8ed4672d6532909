import type { Series } from './progress-data';

/** One series on a chart: which values, its name in the legend, and how it is drawn. */
export interface ChartLine {
  key: string;
  label: string;
  color: string;
  /** `points`: dots only, no line between them (a prescription still to come). */
  kind: 'line' | 'bars' | 'points';
  /** Bars: the share of the space between two x values a bar takes (0–1). */
  barWidth?: number;
  dash?: number[];
  /** Bars: diagonal stripes over a light fill, told apart from solid bars without colour. */
  hatch?: boolean;
  /** Lines: a dot on every value (the default); off for long daily series. */
  points?: boolean;
  /** Text drawn beside the point at each x (null for none): a rule id, say. */
  labels?: readonly (string | null)[];
}

/** A vertical line across a chart at an x value, with a short label at its top ('' for none). */
export interface ChartMarker {
  x: number;
  label: string;
}

export interface ChartProps {
  series: Series;
  lines: readonly ChartLine[];
  /** The y axis's name, with its unit: "Load (kg)". */
  yLabel: string;
  height?: number;
  /** Days of space either side of the first and last x value (half a week for weekly bars). */
  padDays?: number;
  /** Dashed vertical lines (the days the coach changed something); the x axis reaches them. */
  markers?: readonly ChartMarker[];
}

/** The app's palette for charts: teal brand, amber, and a quiet stone for "planned". */
export const CHART_COLORS = {
  brand: '#0f766e',
  amber: '#b45309',
  violet: '#6d28d9',
  planned: '#a8a29e',
  /** The coach's marks: vertical lines and the next prescription. */
  coach: '#1e40af',
} as const;

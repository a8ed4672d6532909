import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { CHART_COLORS, type ChartLine, type ChartMarker, type ChartProps } from './chart-types';

/**
 * uPlot, drawn into a div that follows its container's width. This module is only ever loaded
 * through `chart.tsx`'s lazy import, so uPlot and its CSS stay out of every other screen's
 * JavaScript. Dates are drawn in UTC: x values are midnight UTC of a date with no time or zone.
 */

const DAY_S = 86_400;
/** A time axis narrower than this shows hours; a week of room keeps the ticks on whole days. */
const MIN_SPAN_S = 6 * DAY_S;
const FONT = '12px "Inter Variable", ui-sans-serif, system-ui, sans-serif';
const AXIS = { stroke: '#44403c', font: FONT, grid: { stroke: '#e7e5e4', width: 1 } };

/** Room for the longest tick label on the y axis. */
const ySize = (_u: uPlot, values: string[] | null): number =>
  Math.max(40, ...(values ?? []).map((v) => v.length * 8 + 22));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Date ticks as the rest of the app writes dates, "2 Nov" (or "Nov" when ticks are a month or
 * more apart), with the year under the first tick and under each January.
 */
const dateTicks = (
  _u: uPlot,
  splits: number[],
  _axis: number,
  _space: number,
  increment: number,
): string[] =>
  splits.map((ts, i) => {
    const date = new Date(ts * 1000);
    const month = MONTHS[date.getUTCMonth()] ?? '';
    const monthly = increment >= 28 * DAY_S;
    const label = monthly ? month : `${date.getUTCDate()} ${month}`;
    const newYear = date.getUTCMonth() === 0 && (monthly || date.getUTCDate() <= 7);
    return i === 0 || newYear ? `${label}\n${date.getUTCFullYear()}` : label;
  });

/**
 * Diagonal stripes in `color` over a pale wash of it, for bars that must read differently from
 * solid ones in greyscale and to colour-blind eyes.
 */
const hatchFill = (color: string) => {
  let pattern: CanvasPattern | null = null;
  return (u: uPlot): CanvasPattern | string => {
    if (pattern) return pattern;
    const tile = document.createElement('canvas');
    const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const size = 8 * ratio;
    tile.width = size;
    tile.height = size;
    const ctx = tile.getContext('2d');
    if (!ctx) return `${color}66`;
    // Opaque, so a bar drawn over another (stacked) hides the one beneath.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size, size);
    ctx.fillStyle = `${color}33`;
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = color;
    ctx.lineWidth = 2 * ratio;
    ctx.beginPath();
    // One stripe corner to corner, and the two halves that make it seamless when tiled.
    for (const offset of [-size, 0, size]) {
      ctx.moveTo(offset, size);
      ctx.lineTo(offset + size, 0);
    }
    ctx.stroke();
    pattern = u.ctx.createPattern(tile, 'repeat');
    return pattern ?? `${color}66`;
  };
};

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The coach's marks, drawn over the series: a dashed vertical line at each marker with its label
 * at the top, and each labelled point's text beside it. A label goes to the first of its places
 * that no label drawn before it covers (the next row down, the other side of a point), so marks
 * close together stay readable. In canvas pixels, which uPlot scales by the device pixel ratio.
 */
const drawMarks =
  (markers: readonly ChartMarker[], lines: readonly ChartLine[], x: readonly number[]) =>
  (u: uPlot) => {
    const { ctx } = u;
    const { left, top, width, height } = u.bbox;
    const ratio = Math.max(1, window.devicePixelRatio || 1);
    const lineHeight = 13 * ratio;
    const taken: Box[] = [];
    /** Draws `text` at the first free top-left corner of `places` (else the first). */
    const label = (text: string, color: string, places: readonly [number, number][]) => {
      const w = ctx.measureText(text).width;
      // Kept inside the plot: a label at its right edge moves left, one at its top moves down.
      const boxes = places.map(([atX, atY]): Box => {
        const x0 = Math.min(Math.max(atX, left), left + width - w);
        const y0 = Math.min(Math.max(atY, top), top + height - lineHeight);
        return { x0, y0, x1: x0 + w, y1: y0 + lineHeight };
      });
      const box = boxes.find((b) => !taken.some((t) => overlaps(b, t))) ?? boxes[0];
      if (!box) return;
      taken.push(box);
      ctx.fillStyle = color;
      ctx.fillText(text, box.x0, box.y0);
    };

    ctx.save();
    ctx.font = `600 ${Math.round(11 * ratio)}px "Inter Variable", ui-sans-serif, system-ui, sans-serif`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';

    // The labelled points first: they sit on the data, the marks' labels move around them.
    lines.forEach((line, index) => {
      const values = u.data[index + 1];
      if (!line.labels || !values) return;
      line.labels.forEach((text, i) => {
        const value = values[i];
        const at = x[i];
        if (!text || value == null || at === undefined) return;
        const px = u.valToPos(at, 'x', true);
        const py = u.valToPos(value, 'y', true);
        const w = ctx.measureText(text).width;
        const gap = 9 * ratio;
        label(text, line.color, [
          [px + gap, py + gap / 2],
          [px - gap - w, py + gap / 2],
          [px + gap, py - gap / 2 - lineHeight],
          [px - gap - w, py - gap / 2 - lineHeight],
        ]);
      });
    });

    ctx.strokeStyle = CHART_COLORS.coach;
    ctx.lineWidth = ratio;
    for (const marker of [...markers].sort((a, b) => a.x - b.x)) {
      const px = Math.round(u.valToPos(marker.x, 'x', true)) + 0.5;
      if (px < left - 1 || px > left + width + 1) continue;
      ctx.setLineDash([4 * ratio, 3 * ratio]);
      ctx.beginPath();
      ctx.moveTo(px, top);
      ctx.lineTo(px, top + height);
      ctx.stroke();
      ctx.setLineDash([]);
      if (!marker.label) continue;
      const w = ctx.measureText(marker.label).width;
      const rows = [0, 1, 2, 3].map((row) => top + 2 * ratio + row * lineHeight);
      label(marker.label, CHART_COLORS.coach, [
        ...rows.map((y): [number, number] => [px + 4 * ratio, y]),
        ...rows.map((y): [number, number] => [px - 4 * ratio - w, y]),
      ]);
    }
    ctx.restore();
  };

const NO_MARKERS: readonly ChartMarker[] = [];

export const UPlotChart = ({
  series,
  lines,
  yLabel,
  height = 200,
  padDays = 1,
  markers = NO_MARKERS,
}: ChartProps) => {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const widthOf = () => Math.max(element.clientWidth, 240);
    const data: uPlot.AlignedData = [
      series.x,
      ...lines.map((line) => series.values[line.key] ?? series.x.map(() => null)),
    ];
    const bars = uPlot.paths.bars;
    const plot = new uPlot(
      {
        width: widthOf(),
        height,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: {
          x: {
            time: true,
            range: (_u, dataMin, dataMax) => {
              // The axis reaches every marker, a week still to come included.
              const xs = [dataMin, dataMax, ...markers.map((m) => m.x)].filter(
                (v): v is number => v !== null && Number.isFinite(v),
              );
              const min = xs.length > 0 ? Math.min(...xs) : 0;
              const max = xs.length > 0 ? Math.max(...xs) : 0;
              const pad = padDays * DAY_S;
              const grow = Math.max(0, MIN_SPAN_S - (max - min)) / 2;
              return [min - pad - grow, max + pad + grow];
            },
          },
          y: {
            // From zero up, or below it for a series that goes negative (form, say).
            range: (_u, min, max) => [
              min !== null && min < 0 ? min * 1.1 : 0,
              max !== null && max > 0 ? max * 1.1 : 1,
            ],
          },
        },
        axes: [
          { ...AXIS, values: dateTicks },
          { ...AXIS, label: yLabel, labelFont: FONT, labelSize: 20, size: ySize },
        ],
        series: [
          {},
          ...lines.map(
            (line): uPlot.Series => ({
              label: line.label,
              stroke: line.color,
              width: 2,
              spanGaps: true,
              ...(line.dash ? { dash: line.dash } : {}),
              ...(line.kind === 'bars' && bars
                ? {
                    fill: line.hatch ? hatchFill(line.color) : `${line.color}cc`,
                    // The widest bar scales with its share, so a narrower bar shows over a wider one.
                    paths: bars({
                      size: [line.barWidth ?? 0.6, Math.round(80 * (line.barWidth ?? 0.6))],
                      align: 0,
                    }),
                    points: { show: false },
                  }
                : line.kind === 'points'
                  ? {
                      // Dots only: a prescription still to come is not joined to what was done.
                      paths: () => null,
                      points: { show: true, size: 11, width: 2, fill: '#ffffff' },
                    }
                  : { points: { show: line.points ?? true, size: 6, fill: line.color } }),
            }),
          ),
        ],
        cursor: { drag: { x: false, y: false }, points: { size: 8 } },
        // Series names only: the numbers are in the table beside the chart.
        legend: { show: true, live: false },
        hooks: { draw: [drawMarks(markers, lines, series.x)] },
      },
      data,
      element,
    );
    const observer = new ResizeObserver(() => plot.setSize({ width: widthOf(), height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [series, lines, yLabel, height, padDays, markers]);

  return <div ref={ref} className="w-full" />;
};

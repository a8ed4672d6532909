import { Component, lazy, type ReactNode, Suspense } from 'react';
import type { ChartProps } from './chart-types';

/** uPlot loads only when a chart is first drawn, in its own chunk with its CSS. */
const UPlotChart = lazy(() => import('./uplot-chart').then((m) => ({ default: m.UPlotChart })));

/** A chart that fails to load (offline, say) leaves its table and caption to say it all. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p className="text-sm text-stone-700">The chart could not load; the table has the numbers.</p>
    ) : (
      this.props.children
    );
  }
}

interface FigureProps extends ChartProps {
  title: string;
  /** One sentence on what the chart shows, read out in place of the drawing. */
  summary: string;
}

/**
 * A chart with its caption. The drawing is hidden from screen readers: the caption says what it
 * shows and the table beside it has every number.
 */
export const ChartFigure = ({ title, summary, height = 200, ...chart }: FigureProps) => (
  <figure className="flex flex-col gap-2">
    <figcaption className="text-sm">
      <span className="font-semibold text-stone-900">{title}.</span>{' '}
      <span className="text-stone-700">{summary}</span>
    </figcaption>
    <div aria-hidden="true" className="min-w-0" style={{ minHeight: height }}>
      <ChartBoundary>
        <Suspense
          fallback={<div className="rounded-lg bg-stone-100" style={{ height: height + 32 }} />}
        >
          <UPlotChart height={height} {...chart} />
        </Suspense>
      </ChartBoundary>
    </div>
  </figure>
);

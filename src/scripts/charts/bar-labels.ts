// Direct labels: each category's name above its bars and each bar's figure at its end, so
// the chart can be read without the tooltip, the legend or telling colours apart.
import type { BarElement, Chart, Plugin } from 'chart.js';
import type { BarChartSpec } from '../../lib/chart-data.ts';
import type { ChartPalette } from './palette.ts';

/** Font of the category names above the bars. */
export const NAME_FONT = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** Font of the figures at the bars' ends. */
export const VALUE_FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const GAP = 4;

/** Shortens `text` with an ellipsis until it fits `width`; the table has the full text. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Width the figures at the bars' ends need, so the chart leaves room for the longest. */
export function valueLabelRoom(spec: BarChartSpec): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 0;
  ctx.font = VALUE_FONT;
  const widths = spec.series.flatMap((series) => series.barLabels.map((label) => ctx.measureText(label).width));
  return Math.ceil(Math.max(0, ...widths)) + GAP * 2;
}

/** The plugin that draws the names and figures of `spec` after the bars, in the palette's text colour. */
export function barLabels(spec: BarChartSpec, palette: ChartPalette): Plugin<'bar'> {
  return {
    id: 'barLabels',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const { ctx, chartArea } = chart;
      const metas = spec.series.map((_, index) => chart.getDatasetMeta(index));
      ctx.save();
      ctx.fillStyle = palette.text;
      ctx.textBaseline = 'bottom';
      ctx.textAlign = 'left';
      ctx.font = NAME_FONT;
      spec.categories.forEach((name, index) => {
        // Final positions, not the animated ones, so the text never moves.
        const tops = metas.map((meta) => {
          const bar = meta.data[index] as BarElement | undefined;
          const { y, height } = bar ? bar.getProps(['y', 'height'], true) : { y: 0, height: 0 };
          return (y ?? 0) - (height ?? 0) / 2;
        });
        ctx.fillText(fit(ctx, name, chart.width - chartArea.left - GAP), chartArea.left, Math.min(...tops) - 3);
      });
      ctx.font = VALUE_FONT;
      ctx.textBaseline = 'middle';
      metas.forEach((meta, seriesIndex) => {
        meta.data.forEach((element, index) => {
          const { x, y } = (element as BarElement).getProps(['x', 'y'], true);
          const label = spec.series[seriesIndex]?.barLabels[index] ?? '';
          ctx.fillText(label, (x ?? 0) + GAP, y ?? 0);
        });
      });
      ctx.restore();
    },
  };
}

// Draws a chart in every <figure data-chart> from the data table inside it. The table is the
// source of truth and stays on the page; the chart only shows its numbers. Without JS, or
// when a table cannot be read, the figure keeps its caption, summary and table and no empty box.
// Colours come from the page's tokens; a change of colour scheme or forced colours redraws.
import type { ChartConfiguration } from 'chart.js';
import { axisTick, fittedLayout, groupedSpec, parseValue, shareSpec, type BarChartSpec, type BarLayout, type ChartRow } from '../../lib/chart-data.ts';
import { barLabels, valueLabelRoom } from './bar-labels.ts';
import { Chart } from './chart.ts';
import { seriesColour, seriesFill } from './fills.ts';
import { PALETTE_MEDIA, readPalette, type ChartPalette } from './palette.ts';

/** Width a chart is drawn at for print (about the width of A4 text); CSS scales it down to fit. */
const PRINT_WIDTH = 640;
/** Print needs more pixels than a screen for sharp bars and text. */
const PRINT_PIXEL_RATIO = 3;
/**
 * Tallest a chart is drawn for print, in CSS pixels: an A4 page's text area (964 px) less the
 * figure's title, summary and legend, so the whole figure fits one page (print.css keeps it whole).
 */
const PRINT_MAX_HEIGHT = 780;

/** A canvas that carries its chart and the colours it was drawn in, so tests and the console can read what it shows. */
export type ChartCanvas = HTMLCanvasElement & { chart?: Chart<'bar'>; palette?: ChartPalette };

interface Drawn {
  chart: Chart<'bar'>;
  spec: BarChartSpec;
  canvas: ChartCanvas;
  figure: HTMLElement;
}

/** The chart's numbers from the figure's table, or null when any cell is missing or not a count. */
function readSpec(figure: HTMLElement): BarChartSpec | null {
  const table = figure.querySelector('table');
  if (!table) return null;
  const series = [...table.querySelectorAll<HTMLElement>('thead [data-series]')].map((th) => ({
    label: th.dataset.series ?? '',
    short: th.dataset.seriesShort ?? th.dataset.series ?? '',
  }));
  const rows: ChartRow[] = [];
  for (const tr of table.querySelectorAll<HTMLElement>('tbody tr[data-chart-label]')) {
    const values = [...tr.querySelectorAll<HTMLElement>('[data-value]')].map((cell) => parseValue(cell.dataset.value));
    if (values.length === 0 || values.some((value) => value === null)) return null;
    rows.push({ label: tr.dataset.chartLabel ?? '', values: values as number[] });
  }
  if (rows.length === 0) return null;
  if (figure.dataset.chart === 'grouped') {
    const unit = figure.dataset.unit === 'kroner' ? 'kroner' : 'count';
    return series.length > 0 && rows.every((row) => row.values.length === series.length) ? groupedSpec(series, rows, unit) : null;
  }
  return shareSpec(rows, { sort: figure.dataset.sort === 'desc' });
}

/** Chart.js configuration for a spec: horizontal bars, Danish axis, direct labels, no legend. */
function configFor(spec: BarChartSpec, palette: ChartPalette, animate = true): ChartConfiguration<'bar'> {
  const grouped = spec.series.length > 1;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    type: 'bar',
    data: {
      labels: spec.categories,
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: series.data,
        backgroundColor: grouped ? seriesFill(palette, index) : seriesColour(palette, 0),
        borderColor: seriesColour(palette, index),
        borderWidth: grouped ? 1.5 : 0,
        categoryPercentage: spec.layout.categoryPercentage,
        barPercentage: spec.layout.barPercentage,
        maxBarThickness: spec.layout.barThickness,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      color: palette.text,
      animation: reduceMotion || !animate ? false : { duration: 400 },
      layout: { padding: { top: 4, left: 4, right: valueLabelRoom(spec), bottom: 0 } },
      interaction: { mode: 'index', axis: 'y', intersect: false },
      scales: {
        y: { display: false },
        x: {
          beginAtZero: true,
          border: { display: false },
          grid: { color: palette.grid },
          ticks: { color: palette.muted, maxRotation: 0, autoSkipPadding: 16, callback: (value) => axisTick(Number(value), spec.unit) },
        },
      },
      plugins: {
        tooltip: {
          backgroundColor: palette.text,
          titleColor: palette.patternBg,
          bodyColor: palette.patternBg,
          callbacks: {
            title: (items) => spec.categories[items[0]?.dataIndex ?? 0] ?? '',
            label: (item) => spec.series[item.datasetIndex]?.tooltips[item.dataIndex] ?? '',
          },
        },
      },
    },
    plugins: [barLabels(spec, palette)],
  };
}

/** Draws the chart of one figure; returns it, or null when the figure keeps only its table. */
function draw(figure: HTMLElement): Drawn | null {
  const visual = figure.querySelector<HTMLElement>('.chart__visual');
  const box = figure.querySelector<HTMLElement>('.chart__canvas');
  const canvas = box?.querySelector<ChartCanvas>('canvas');
  const spec = readSpec(figure);
  if (!visual || !box || !canvas || !spec) {
    figure.dataset.chartState = 'table-only';
    return null;
  }
  // Shown before drawing: Chart.js sizes the canvas from its box, which must be laid out.
  visual.hidden = false;
  box.style.height = `${spec.layout.height}px`;
  canvas.palette = readPalette(figure);
  const chart = new Chart(canvas, configFor(spec, canvas.palette));
  canvas.chart = chart;
  figure.dataset.chartState = 'drawn';
  return { chart, spec, canvas, figure };
}

const drawn = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')]
  .map(draw)
  .filter((item): item is Drawn => item !== null);

/** Sets the bars' geometry for a layout (the screen's or the paper's). */
function applyLayout(chart: Chart<'bar'>, layout: BarLayout): void {
  for (const dataset of chart.data.datasets) {
    dataset.categoryPercentage = layout.categoryPercentage;
    dataset.barPercentage = layout.barPercentage;
    dataset.maxBarThickness = layout.barThickness;
  }
}

/** Redraws every chart at print width and resolution, fitted to a page, so print is never blank, blurred, cut or split. */
function toPrint(): void {
  for (const { chart, spec } of drawn) {
    chart.stop();
    const layout = fittedLayout(spec.categories.length, spec.series.length, PRINT_MAX_HEIGHT);
    applyLayout(chart, layout);
    chart.options.devicePixelRatio = PRINT_PIXEL_RATIO;
    chart.resize(PRINT_WIDTH, layout.height);
    chart.update('none');
  }
}

/** Back to the screen's size and resolution after printing. */
function toScreen(): void {
  for (const { chart, spec } of drawn) {
    applyLayout(chart, spec.layout);
    // Without its own ratio the chart follows the screen's again (zoom, another monitor).
    delete (chart.options as { devicePixelRatio?: number }).devicePixelRatio;
    chart.resize();
    chart.update('none');
  }
}

/** Draws every chart again in the palette now in effect (after a change of scheme or forced colours). */
function recolour(): void {
  for (const item of drawn) {
    item.chart.destroy();
    item.canvas.palette = readPalette(item.figure);
    item.chart = new Chart(item.canvas, configFor(item.spec, item.canvas.palette, false));
    item.canvas.chart = item.chart;
  }
}

if (drawn.length > 0) {
  for (const query of PALETTE_MEDIA) matchMedia(query).addEventListener('change', recolour);
  addEventListener('beforeprint', toPrint);
  addEventListener('afterprint', toScreen);
  // Some browsers (and print-to-PDF) switch the media without firing beforeprint.
  matchMedia('print').addEventListener('change', (event) => (event.matches ? toPrint() : toScreen()));
}

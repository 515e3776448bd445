// Turns table data into what a bar chart draws: categories, series, the text at each bar's end,
// tooltip lines and the height that gives every bar room. Pure and free of the DOM and of the
// UI dictionary, because the browser runs it too: the chart script reads the numbers from the
// data table in the same <figure> and hands them here, so table and chart cannot disagree.
import { shareOf } from './budget.ts';
import { formatKroner, formatMillionKroner, formatNumber, formatPercent } from './format.ts';

/** What the numbers count: kroner (axis in millions) or people (plain counts). */
export type ChartUnit = 'kroner' | 'count';

/** One row of a data table as the chart reads it: its name and its numbers, in column order. */
export interface ChartRow {
  label: string;
  values: number[];
}

/** One column of a data table drawn as a series of bars. */
export interface SeriesName {
  /** The column's heading, for tooltips and the legend. */
  label: string;
  /** A short name drawn next to each bar (e.g. the year). */
  short: string;
}

/** One series of bars with the text that goes with each bar. */
export interface ChartSeries {
  label: string;
  data: number[];
  /** Drawn at the end of each bar. */
  barLabels: string[];
  /** The tooltip line for each bar, with the exact figure. */
  tooltips: string[];
}

/** Geometry that keeps each category's name above its bars and every bar a readable thickness. */
export interface BarLayout {
  /** Canvas height in CSS pixels. */
  height: number;
  /** Thickness of one bar in CSS pixels. */
  barThickness: number;
  /** Part of each category's band the bars take (Chart.js categoryPercentage). */
  categoryPercentage: number;
  /** Part of each bar's slot the bar fills, leaving a gap between a group's bars (barPercentage). */
  barPercentage: number;
}

/** Everything a horizontal bar chart needs, independent of Chart.js. */
export interface BarChartSpec {
  unit: ChartUnit;
  /** Category names, in the order they are drawn (top to bottom). */
  categories: string[];
  series: ChartSeries[];
  layout: BarLayout;
}

/** Height of the category name line above each group of bars. */
const NAME_LINE = 20;
/** Space between one category's bars and the next category's name. */
const GROUP_GAP = 12;
/** Room for the value axis and the chart's top and bottom padding. */
const AXIS_ROOM = 44;

/** Bar thickness and band height for `categories` groups of `seriesCount` bars each. */
export function barLayout(categories: number, seriesCount: number): BarLayout {
  const barThickness = seriesCount > 1 ? 14 : 18;
  const slot = barThickness + 2;
  const band = NAME_LINE + seriesCount * slot + GROUP_GAP;
  return {
    height: categories * band + AXIS_ROOM,
    barThickness,
    categoryPercentage: (seriesCount * slot) / band,
    barPercentage: barThickness / slot,
  };
}

/** The narrowest gap between one category's bars and the next name that still reads as a break. */
const MIN_GROUP_GAP = 6;
/** The thinnest bar slot that still leaves room for its 12 px figure beside the next bar's. */
const MIN_SLOT = 11;

/**
 * The layout for paper, no taller than `maxHeight` where it can be: the screen's layout if it
 * fits, else thinner bars and smaller gaps (never below a readable minimum). A chart that fits
 * one A4 page never has to be split or shrunk until its text is too small to read.
 */
export function fittedLayout(categories: number, seriesCount: number, maxHeight: number): BarLayout {
  const screen = barLayout(categories, seriesCount);
  if (screen.height <= maxHeight || categories === 0) return screen;
  const band = Math.floor((maxHeight - AXIS_ROOM) / categories);
  const slot = Math.min(screen.barThickness + 2, Math.max(MIN_SLOT, Math.floor((band - NAME_LINE - MIN_GROUP_GAP) / seriesCount)));
  const barThickness = slot - (seriesCount > 1 ? 1 : 2);
  const fitted = NAME_LINE + seriesCount * slot + MIN_GROUP_GAP;
  return {
    height: categories * fitted + AXIS_ROOM,
    barThickness,
    categoryPercentage: (seriesCount * slot) / fitted,
    barPercentage: barThickness / slot,
  };
}

/** The number in a table cell's data-value, or null when it is not a whole number ≥ 0. */
export function parseValue(raw: string | null | undefined): number | null {
  if (raw == null || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw);
}

/** Rows largest first; rows with equal values keep their table order. */
export function largestFirst<T extends ChartRow>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0));
}

/**
 * One bar per row with its amount and share of the rows' total, e.g. the areas' net budgets:
 * "989,0 mio. kr. · 72,8 %" at the bar, the exact "989.049.000 kr. (72,8 %)" in the tooltip.
 */
export function shareSpec(rows: readonly ChartRow[], { sort = false }: { sort?: boolean } = {}): BarChartSpec {
  const ordered = sort ? largestFirst(rows) : [...rows];
  const values = ordered.map((row) => row.values[0] ?? 0);
  const total = values.reduce((sum, value) => sum + value, 0);
  const shares = values.map((value) => formatPercent(shareOf(value, total)));
  return {
    unit: 'kroner',
    categories: ordered.map((row) => row.label),
    series: [
      {
        label: '',
        data: values,
        barLabels: values.map((value, i) => `${formatMillionKroner(value)} · ${shares[i]}`),
        tooltips: values.map((value, i) => `${formatKroner(value)} (${shares[i]})`),
      },
    ],
    layout: barLayout(ordered.length, 1),
  };
}

/** One bar per row and column, grouped by row, e.g. recipients per function for three years. */
export function groupedSpec(series: readonly SeriesName[], rows: readonly ChartRow[], unit: ChartUnit = 'count'): BarChartSpec {
  const format = unit === 'kroner' ? formatKroner : formatNumber;
  return {
    unit,
    categories: rows.map((row) => row.label),
    series: series.map((name, column) => {
      const data = rows.map((row) => row.values[column] ?? 0);
      return {
        label: name.label,
        data,
        barLabels: data.map((value) => (series.length > 1 ? `${name.short}: ${format(value)}` : format(value))),
        tooltips: data.map((value) => `${name.label}: ${format(value)}`),
      };
    }),
    layout: barLayout(rows.length, series.length),
  };
}

/** An axis tick: "200 mio. kr.", "2,5 mio. kr." or "1.015"; zero is just "0". */
export function axisTick(value: number, unit: ChartUnit): string {
  if (value === 0) return '0';
  if (unit === 'count') return formatNumber(value);
  return formatMillionKroner(value, Number.isInteger(value / 1_000_000) ? 0 : 1);
}

/** Short series names: the years when they tell the columns apart, else the full headings. */
export function seriesNames(columns: readonly { label: string; year: number }[]): SeriesName[] {
  const unique = new Set(columns.map((column) => column.year)).size === columns.length;
  return columns.map((column) => ({ label: column.label, short: unique ? String(column.year) : column.label }));
}

/** A change between two counts; no ratio from 0, since a percentage of nothing is undefined. */
export interface Change {
  difference: number;
  /** Relative change (0.25 = 25 %), or null when the starting count is 0. */
  ratio: number | null;
}

/** The change from one count to another. */
export function changeBetween(from: number, to: number): Change {
  return { difference: to - from, ratio: from === 0 ? null : (to - from) / from };
}

/** Which columns get change columns: from each earlier column to the last one, nearest first. */
export function changePairs<T>(columns: readonly T[]): { from: T; to: T; fromIndex: number; toIndex: number }[] {
  const toIndex = columns.length - 1;
  const to = columns[toIndex];
  if (to === undefined) return [];
  const pairs: { from: T; to: T; fromIndex: number; toIndex: number }[] = [];
  for (let fromIndex = toIndex - 1; fromIndex >= 0; fromIndex -= 1) {
    pairs.push({ from: columns[fromIndex] as T, to, fromIndex, toIndex });
  }
  return pairs;
}

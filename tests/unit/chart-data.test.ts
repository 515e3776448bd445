import { describe, expect, it } from 'vitest';
import {
  axisTick,
  barLayout,
  fittedLayout,
  changeBetween,
  changePairs,
  groupedSpec,
  largestFirst,
  parseValue,
  seriesNames,
  shareSpec,
} from '../../src/lib/chart-data.ts';

const row = (label: string, ...values: number[]) => ({ label, values });

describe('a share chart (net budget per area, parts of an area)', () => {
  const areas = [row('Beredskab', 12982000), row('Arbejdsmarked', 989049000), row('Økonomi', 79126000)];

  it('keeps table order unless asked to sort, then puts the largest first', () => {
    expect(shareSpec(areas).categories).toEqual(['Beredskab', 'Arbejdsmarked', 'Økonomi']);
    const sorted = shareSpec(areas, { sort: true });
    expect(sorted.categories).toEqual(['Arbejdsmarked', 'Økonomi', 'Beredskab']);
    expect(sorted.series[0]?.data).toEqual([989049000, 79126000, 12982000]);
  });

  it('labels each bar with its amount in millions and its share of the total, Danish style', () => {
    const spec = shareSpec([row('Stab', 11938000), row('Fælles', 30552000)]);
    expect(spec.series[0]?.barLabels).toEqual(['11,9 mio. kr. · 28,1\u00a0%', '30,6 mio. kr. · 71,9\u00a0%']);
    expect(spec.series[0]?.tooltips).toEqual(['11.938.000 kr. (28,1\u00a0%)', '30.552.000 kr. (71,9\u00a0%)']);
    expect(spec.unit).toBe('kroner');
  });

  it('keeps equal amounts in table order when sorting', () => {
    expect(largestFirst([row('a', 5), row('b', 7), row('c', 5)]).map((r) => r.label)).toEqual(['b', 'a', 'c']);
  });

  it('gives a total of 0 shares of 0 %, never NaN', () => {
    expect(shareSpec([row('a', 0), row('b', 0)]).series[0]?.barLabels).toEqual(['0,0 mio. kr. · 0,0\u00a0%', '0,0 mio. kr. · 0,0\u00a0%']);
  });
});

describe('a grouped chart (recipients per function and year)', () => {
  const columns = [
    { label: 'Faktisk antal 2020', year: 2020 },
    { label: 'Budget 2021', year: 2021 },
    { label: 'Budget 2022', year: 2022 },
  ];
  const spec = groupedSpec(seriesNames(columns), [row('Seniorpension', 0, 164, 205), row('Førtidspension', 2816, 2716, 2848)]);

  it('makes one series per column with the rows as categories, in table order', () => {
    expect(spec.categories).toEqual(['Seniorpension', 'Førtidspension']);
    expect(spec.series.map((s) => s.label)).toEqual(['Faktisk antal 2020', 'Budget 2021', 'Budget 2022']);
    expect(spec.series.map((s) => s.data)).toEqual([[0, 2816], [164, 2716], [205, 2848]]);
    expect(spec.unit).toBe('count');
  });

  it('names the series at each bar by year, and in full in the tooltip', () => {
    expect(spec.series[0]?.barLabels).toEqual(['2020: 0', '2020: 2.816']);
    expect(spec.series[2]?.tooltips).toEqual(['Budget 2022: 205', 'Budget 2022: 2.848']);
  });

  it('falls back to the full headings when two columns share a year', () => {
    expect(seriesNames([{ label: 'Budget 2022', year: 2022 }, { label: 'Regnskab 2022', year: 2022 }]).map((s) => s.short)).toEqual([
      'Budget 2022',
      'Regnskab 2022',
    ]);
  });
});

describe('chart geometry', () => {
  it('grows with the number of bars so each keeps its thickness and its name line', () => {
    const one = barLayout(17, 1);
    const three = barLayout(13, 3);
    expect(one.height).toBeGreaterThan(17 * (18 + 20));
    expect(three.height).toBeGreaterThan(13 * 3 * 14);
    expect(barLayout(18, 1).height - one.height).toBe(barLayout(2, 1).height - barLayout(1, 1).height);
  });

  it('leaves room between a group and the next name and between a group’s bars', () => {
    const layout = barLayout(13, 3);
    expect(layout.categoryPercentage).toBeGreaterThan(0);
    expect(layout.categoryPercentage).toBeLessThan(1);
    expect(layout.barPercentage).toBeLessThan(1);
  });
});

describe('a chart on paper', () => {
  it('keeps the screen layout when it fits the height', () => {
    expect(fittedLayout(5, 1, 800)).toEqual(barLayout(5, 1));
  });

  it('makes a tall chart (13 functions, 3 years) fit the height with thinner bars', () => {
    const screen = barLayout(13, 3);
    const paper = fittedLayout(13, 3, 820);
    expect(screen.height).toBeGreaterThan(820);
    expect(paper.height).toBeLessThanOrEqual(820);
    expect(paper.barThickness).toBeLessThan(screen.barThickness);
    expect(paper.categoryPercentage).toBeLessThan(1);
    expect(paper.barPercentage).toBeLessThan(1);
  });

  it('never makes bars thinner than a readable minimum, even if the chart then stays taller', () => {
    const paper = fittedLayout(60, 3, 400);
    expect(paper.barThickness).toBeGreaterThanOrEqual(10);
    expect(paper.height).toBeGreaterThan(400);
  });
});

describe('axis ticks', () => {
  it('writes kroner in millions and counts with Danish thousands', () => {
    expect(axisTick(200_000_000, 'kroner')).toBe('200 mio. kr.');
    expect(axisTick(1_000_000_000, 'kroner')).toBe('1.000 mio. kr.');
    expect(axisTick(2_500_000, 'kroner')).toBe('2,5 mio. kr.');
    expect(axisTick(1015, 'count')).toBe('1.015');
    expect(axisTick(0, 'kroner')).toBe('0');
  });
});

describe('reading a table cell', () => {
  it('accepts whole numbers and refuses anything else, so a broken table draws no chart', () => {
    expect(parseValue('989049000')).toBe(989049000);
    expect(parseValue(' 0 ')).toBe(0);
    for (const bad of [undefined, null, '', '1.015', '-3', '12a', 'NaN']) expect(parseValue(bad)).toBeNull();
  });
});

describe('changes between columns', () => {
  it('pairs every earlier column with the last one, nearest first', () => {
    const pairs = changePairs([2020, 2021, 2022]);
    expect(pairs.map((p) => [p.from, p.to])).toEqual([[2021, 2022], [2020, 2022]]);
    expect(pairs.map((p) => [p.fromIndex, p.toIndex])).toEqual([[1, 2], [0, 2]]);
    expect(changePairs([2022])).toEqual([]);
    expect(changePairs([])).toEqual([]);
  });

  it('gives the difference and the relative change, and no ratio from 0', () => {
    expect(changeBetween(164, 205)).toEqual({ difference: 41, ratio: 0.25 });
    expect(changeBetween(1080, 1015).difference).toBe(-65);
    expect(changeBetween(1080, 1015).ratio).toBeCloseTo(-0.0602, 4);
    expect(changeBetween(0, 205)).toEqual({ difference: 205, ratio: null });
    expect(changeBetween(0, 0)).toEqual({ difference: 0, ratio: null });
  });
});

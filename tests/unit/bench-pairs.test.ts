// The benchmark's figures over several runs (tests/bench/pairs.ts): medians, the ratio pair by
// pair, the largest peak memory, and the wording of its line.
import { describe, expect, it } from 'vitest';
import { median, overRuns, pairRatio, rangeText, ratioText, type Run } from '../bench/pairs.ts';

const run = (seconds: number, cpu: number, treeRss: number, output = `${seconds}`): Run => ({ seconds, cpu, treeRss, processRss: treeRss / 2, output });

describe('the benchmark over several runs', () => {
  it('takes the median of odd and even counts, and NaN of none', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([5])]).toEqual([2, 2.5, 5]);
    expect(median([])).toBeNaN();
  });

  it('gives a build its median times, its largest peak memory and the output of its most typical run', () => {
    const summed = overRuns([run(21, 25, 1.4e9), run(26, 29, 1.3e9), run(20, 24, 1.5e9)]);
    expect(summed).toEqual({ seconds: 21, cpu: 25, treeRss: 1.5e9, processRss: 0.75e9, output: '21' });
    expect(() => overRuns([])).toThrow(/No runs/);
  });

  it('divides pair by pair, so a slow pair does not skew the ratio', () => {
    // The second pair ran on a loaded machine: both builds slow, their ratio as usual.
    const site = [run(20, 24, 0), run(30, 36, 0), run(21, 25, 0)];
    const bare = [run(10, 12, 0), run(15, 18, 0), run(12, 14, 0)];
    expect(pairRatio(site, bare, 'seconds')).toEqual({ median: 2, min: 1.75, max: 2, pairs: 3 });
    // Medians of each side would give 21 / 12 = 1.75: the pair by pair figure is not that.
    expect(pairRatio(site, bare, 'cpu').median).toBeCloseTo(2, 5);
    expect(() => pairRatio(site, bare.slice(1), 'seconds')).toThrow(/as many/);
  });

  it('words one pair as before, and several with their count and range', () => {
    const one = { median: 1.8512, min: 1.8512, max: 1.8512, pairs: 1 };
    const three = { median: 1.8512, min: 1.7, max: 1.93, pairs: 3 };
    expect([ratioText(one), rangeText(one)]).toEqual(['1.85×', '']);
    expect([ratioText(three), rangeText(three)]).toEqual(['1.85×; median of 3 pairs, 1.70–1.93×', '; median of 3 pairs, 1.70–1.93×']);
  });
});

// Several builds of the site and of the bare project, made in turn (site, bare, site, bare …), as
// the figures the benchmark prints. On a shared machine one pair can be off by 20 % either way;
// the median of the pairs, and the ratio taken pair by pair (both builds of a pair ran under
// about the same load), are steadier than any single run.

/** What the summary reads of one build. */
export interface Run {
  seconds: number;
  cpu: number;
  treeRss: number;
  processRss: number;
  output: string;
}

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * One build's figures over its runs: the median wall and CPU time, the largest peak memory (the
 * goal is a ceiling), and the output of the run nearest the median wall time (for its phases).
 */
export function overRuns(runs: readonly Run[]): Run {
  const first = runs[0];
  if (!first) throw new Error('No runs to sum up');
  const seconds = median(runs.map((run) => run.seconds));
  const typical = runs.reduce((best, run) => (Math.abs(run.seconds - seconds) < Math.abs(best.seconds - seconds) ? run : best), first);
  return {
    seconds,
    cpu: median(runs.map((run) => run.cpu)),
    treeRss: Math.max(...runs.map((run) => run.treeRss)),
    processRss: Math.max(...runs.map((run) => run.processRss)),
    output: typical.output,
  };
}

/** A ratio of the site's figure to bare's, pair by pair: its median and range. */
export interface PairRatio {
  median: number;
  min: number;
  max: number;
  pairs: number;
}

/** site[i] / bare[i] of a figure (the runs were made in turn, so pair i ran under the same load). */
export function pairRatio(site: readonly Run[], bare: readonly Run[], figure: 'seconds' | 'cpu'): PairRatio {
  if (site.length !== bare.length || site.length === 0) throw new Error(`Pairs need as many site as bare runs, and some: ${site.length} and ${bare.length}`);
  const ratios = site.map((run, i) => run[figure] / (bare[i] as Run)[figure]);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), pairs: ratios.length };
}

/** With several pairs "; median of 3 pairs, 1.80–1.92×", with one nothing. */
export function rangeText(ratio: PairRatio): string {
  return ratio.pairs > 1 ? `; median of ${ratio.pairs} pairs, ${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}×` : '';
}

/** "1.85×", and with several pairs "1.85×; median of 3 pairs, 1.80–1.92×". */
export function ratioText(ratio: PairRatio): string {
  return `${ratio.median.toFixed(2)}×${rangeText(ratio)}`;
}

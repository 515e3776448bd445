// The benchmark reads each build's phases from what the build printed (tests/bench/phases.ts),
// also past a minute, where Astro and Vite print "1m 23s" (a 10,000-area build's phases).
import { describe, expect, it } from 'vitest';
import { durationIn, phases } from '../bench/phases.ts';

describe('the benchmark’s build phases', () => {
  it('reads every form of printed duration in seconds', () => {
    expect([durationIn('418ms'), durationIn('12.34s'), durationIn('1m 23s'), durationIn('2m'), durationIn(undefined)]).toEqual([0.418, 12.34, 83, 120, Number.NaN]);
  });

  it('sums Vite’s builds and reads the pages, footers and index, under a minute and past it', () => {
    const output = [
      '09:00:01 [vite] ✓ built in 1m 23s',
      '09:00:02 [vite] ✓ built in 512ms',
      '09:01:44 ✓ Completed in 1m 41s.',
      'Wrote print footers for 11000 pages in 10.30s.',
      'Indexed 10500 pages for search (Danish) in 27.02s.',
    ].join('\n');
    expect(phases(output)).toBe('Vite 83.5 s, pages 101.0 s, print footers 10.3 s, search index 27.0 s');
    expect(phases('[vite] ✓ built in 5.29s\n[vite] ✓ built in 52ms\n12:00:00 ✓ Completed in 2.81s.')).toBe('Vite 5.3 s, pages 2.8 s');
  });
});

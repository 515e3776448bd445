import { describe, expect, it } from 'vitest';
import { formatDurations } from '../support/durations-reporter.ts';

describe('the test durations report', () => {
  it('lists files slowest first, in seconds, with their project and the total', () => {
    const report = formatDurations([
      { file: 'tests/unit/a.test.ts', project: 'unit', ms: 120 },
      { file: 'tests/site/b.test.ts', project: 'site', ms: 45_300 },
      { file: 'tests/site/c.test.ts', project: 'site', ms: 2_040 },
    ]);
    expect(report.split('\n')).toEqual([
      'Test files by duration (setup, import and tests):',
      '  45.3 s  site  tests/site/b.test.ts',
      '   2.0 s  site  tests/site/c.test.ts',
      '   0.1 s  unit  tests/unit/a.test.ts',
      '  47.5 s  total of 3 file(s)',
    ]);
  });
});

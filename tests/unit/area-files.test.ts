import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountNumbersIn, reuseAccountReadings } from '../../src/lib/area-files.ts';

const area = (number: string) => `---\ntitle: X\norder: 1\nnetBudget: 1\naccounts:\n  - number: "${number}"\n    name: Y\n---\nTekst.\n`;

describe('account numbers read from the area files', () => {
  it('reads them, reuses the reading for a second, then reads the files again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'area-files-'));
    writeFileSync(join(dir, 'a.mdx'), area('05.57.73'));
    expect([...accountNumbersIn(dir, 10_000)]).toEqual(['05.57.73']);
    writeFileSync(join(dir, 'b.mdx'), area('05.57.71'));
    expect([...accountNumbersIn(dir, 10_500)]).toEqual(['05.57.73']);
    expect([...accountNumbersIn(dir, 11_000)].sort()).toEqual(['05.57.71', '05.57.73']);
  });

  it('in a build, reuses the first reading for as long as the build runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'area-files-'));
    writeFileSync(join(dir, 'a.mdx'), area('05.57.73'));
    reuseAccountReadings(true);
    try {
      expect([...accountNumbersIn(dir, 10_000)]).toEqual(['05.57.73']);
      writeFileSync(join(dir, 'b.mdx'), area('05.57.71'));
      expect([...accountNumbersIn(dir, 10_000 + 3_600_000)]).toEqual(['05.57.73']);
    } finally {
      reuseAccountReadings(false);
    }
    expect([...accountNumbersIn(dir, 10_000 + 3_601_000)].sort()).toEqual(['05.57.71', '05.57.73']);
  });
});

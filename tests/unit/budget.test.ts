import { describe, expect, it } from 'vitest';
import { groupChildSums, partsStatus, partsSum, shareOf, totalNetBudget } from '../../src/lib/budget.ts';

const parts = (...amounts: number[]) => amounts.map((amount, i) => ({ label: `Del ${i + 1}`, amount }));

describe('parts against the net budget', () => {
  it('has nothing to say about an area without parts', () => {
    expect(partsStatus({ netBudget: 100 })).toEqual({ kind: 'none' });
  });

  it('accepts parts that add up exactly (Økonomi: 24.062.000 + 54.691.000 + 373.000)', () => {
    expect(partsStatus({ netBudget: 79126000, parts: parts(24062000, 54691000, 373000) })).toEqual({ kind: 'exact', sum: 79126000 });
  });

  it('calls a difference within 1.000 kr. per part rounding (HR og Personale: 1.000 kr.)', () => {
    expect(partsStatus({ netBudget: 12580000, parts: parts(7210000, 5371000) })).toEqual({ kind: 'rounding', sum: 12581000, difference: 1000 });
  });

  it('flags a larger difference as undeclared, with the tolerance it broke', () => {
    expect(partsStatus({ netBudget: 42339000, parts: parts(11938000, 30552000) })).toEqual({
      kind: 'undeclared',
      sum: 42490000,
      difference: 151000,
      tolerance: 2000,
    });
  });

  it('publishes a declared difference with its note when the amount matches (Digitalisering og IT)', () => {
    const status = partsStatus({
      netBudget: 42339000,
      parts: parts(11938000, 30552000),
      partsDeviation: { amount: 151000, note: 'Som i kilden.' },
    });
    expect(status).toEqual({ kind: 'declared', sum: 42490000, difference: 151000, note: 'Som i kilden.' });
  });

  it('rejects a declaration whose amount is not the real difference', () => {
    const status = partsStatus({
      netBudget: 42339000,
      parts: parts(11938000, 30552000),
      partsDeviation: { amount: 150000, note: 'Forkert.' },
    });
    expect(status.kind).toBe('undeclared');
  });

  it('sums parts', () => {
    expect(partsSum(parts(1, 2, 3))).toBe(6);
  });
});

describe('group rows', () => {
  it('sums the children column by column', () => {
    const group = {
      label: 'Kontant og uddannelseshjælp',
      values: [1017, 1080, 1015],
      children: [
        { accounts: ['05.57.73'], label: 'Kontanthjælp', values: [612, 650, 610] },
        { accounts: ['05.57.73'], label: 'Uddannelseshjælp', values: [405, 430, 405] },
      ],
    };
    expect(groupChildSums(group)).toEqual([1017, 1080, 1015]);
  });
});

describe('totals and shares', () => {
  it('adds net budgets and gives each its share', () => {
    const total = totalNetBudget([{ netBudget: 300 }, { netBudget: 100 }]);
    expect(total).toBe(400);
    expect(shareOf(100, total)).toBe(0.25);
    expect(shareOf(5, 0)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { partsStatus } from '../../src/lib/budget.ts';
import { overviewSummary, partsDeviationNote, partsSummary, recipientLeafRows, recipientSummary } from '../../src/lib/chart-summary.ts';
import type { RecipientTableData } from '../../src/lib/schemas/area.ts';

const table: RecipientTableData = {
  caption: 'Antal',
  labelHeader: 'Funktion/kategori',
  source: 'OPUS',
  columns: [
    { label: 'Faktisk antal 2020', year: 2020, kind: 'faktisk' },
    { label: 'Budget 2021', year: 2021, kind: 'budget' },
    { label: 'Budget 2022', year: 2022, kind: 'budget' },
  ],
  rows: [
    { accounts: ['05.48.66'], label: 'Førtidspension', values: [2816, 2716, 2848] },
    { accounts: ['05.57.71'], label: 'Sygedagpenge', values: [806, 537, 703] },
    {
      label: 'Kontant og uddannelseshjælp',
      values: [1017, 1080, 1015],
      children: [
        { accounts: ['05.57.73'], label: 'Kontanthjælp', values: [612, 650, 610] },
        { accounts: ['05.57.73'], label: 'Uddannelseshjælp', values: [405, 430, 405] },
      ],
    },
    { accounts: ['05.57.78'], label: 'Dagpenge til forsikrede ledige', values: [692, 756, 640] },
  ],
};

describe('chart summaries in words', () => {
  it('names the area with the largest net budget, its amount and share', () => {
    const summary = overviewSummary([
      { title: 'Beredskab', netBudget: 12982000 },
      { title: 'Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse', netBudget: 989049000 },
      { title: 'Rest', netBudget: 356076000 },
    ]);
    expect(summary).toBe('Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse har det største nettobudget: 989.049.000 kr., 72,8\u00a0% af i alt.');
  });

  it('names the largest part and its share of the parts', () => {
    expect(partsSummary([{ label: 'Stab', amount: 11938000 }, { label: 'Fælles', amount: 30552000 }])).toBe(
      'Fælles er den største del: 30.552.000 kr., 71,9\u00a0% af delene i alt.',
    );
  });

  it('states a declared difference between parts and net next to the parts, and nothing otherwise', () => {
    const area = {
      netBudget: 42339000,
      parts: [{ label: 'Stab', amount: 11938000 }, { label: 'Fælles', amount: 30552000 }],
      partsDeviation: { amount: 151000, note: 'Kilden …' },
    };
    expect(partsDeviationNote(partsStatus(area), area.netBudget)).toBe(
      'Delene er tilsammen 151.000 kr. mere end nettobudgettet på 42.339.000 kr.; se bemærkningen ovenfor.',
    );
    expect(partsDeviationNote(partsStatus({ netBudget: 12580000, parts: [{ label: 'a', amount: 7210000 }, { label: 'b', amount: 5371000 }] }), 12580000)).toBeUndefined();
  });

  it('draws recipients from the rows that count people, never the subtotals', () => {
    expect(recipientLeafRows(table).map((r) => r.label)).toEqual([
      'Førtidspension',
      'Sygedagpenge',
      'Kontanthjælp',
      'Uddannelseshjælp',
      'Dagpenge til forsikrede ledige',
    ]);
  });

  it('names the largest count in the last column and the largest rise and fall since the column before', () => {
    expect(recipientSummary(table)).toBe(
      'Førtidspension har flest modtagere i Budget 2022 (2.848); fra Budget 2021 til Budget 2022 stiger Sygedagpenge mest (+166), mens Dagpenge til forsikrede ledige falder mest (-116).',
    );
  });

  it('leaves out a fall when nothing falls', () => {
    const rising: RecipientTableData = { ...table, rows: [{ accounts: ['05.48.66'], label: 'A', values: [1, 2, 5] }, { accounts: ['05.48.65'], label: 'B', values: [1, 2, 3] }] };
    expect(recipientSummary(rising)).toBe('A har flest modtagere i Budget 2022 (5); fra Budget 2021 til Budget 2022 stiger A mest (+3).');
  });
});

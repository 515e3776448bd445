import { describe, expect, it } from 'vitest';
import { recipientTableModel } from '../../src/lib/recipient-table.ts';
import type { RecipientTableData } from '../../src/lib/schemas/area.ts';

const table: RecipientTableData = {
  caption: 'Modtagere',
  labelHeader: 'Funktion',
  source: 'OPUS',
  columns: [
    { label: 'Faktisk 2020', year: 2020, kind: 'faktisk' },
    { label: 'Budget 2021', year: 2021, kind: 'budget' },
    { label: 'Budget 2022', year: 2022, kind: 'budget' },
  ],
  rows: [
    { accounts: ['05.48.65'], label: 'Seniorpension', values: [0, 164, 205] },
    {
      label: 'Kontant og uddannelseshjælp',
      values: [1017, 1080, 1015],
      children: [
        { accounts: ['05.57.73'], label: 'Kontanthjælp', values: [612, 650, 610] },
        { accounts: ['05.57.73'], label: 'Uddannelseshjælp', values: [405, 430, 405] },
      ],
    },
  ],
};

describe('the recipient table as rows to render', () => {
  const model = recipientTableModel(table);

  it('keeps a row alone in its body and a subtotal with the rows it sums', () => {
    expect(model.bodies.map((body) => [body.group?.label, body.rows.map((row) => row.label)])).toEqual([
      [undefined, ['Seniorpension']],
      ['Kontant og uddannelseshjælp', ['Kontanthjælp', 'Uddannelseshjælp']],
    ]);
    expect(model.groups).toEqual([{ label: 'Kontant og uddannelseshjælp', children: ['Kontanthjælp', 'Uddannelseshjælp'] }]);
  });

  it('computes changes to the last column from each earlier one, nearest first, for rows and subtotals', () => {
    expect(model.changeColumns.map(({ from, to }) => [from.year, to.year])).toEqual([[2021, 2022], [2020, 2022]]);
    expect(model.bodies[1]?.group?.changes).toEqual([
      { difference: -65, ratio: -65 / 1080 },
      { difference: -2, ratio: -2 / 1017 },
    ]);
    // From 0 there is no percentage, and the table says why in a note.
    expect(model.bodies[0]?.rows[0]?.changes[1]).toEqual({ difference: 205, ratio: null });
    expect(model.hasNoPercent).toBe(true);
  });

  it('anchors each account on the first row that counts it only', () => {
    const anchors = model.bodies.flatMap((body) => body.rows.map((row) => row.anchors));
    expect(anchors).toEqual([['konto-05-48-65'], ['konto-05-57-73'], []]);
  });

  it('names series by year when the years tell the columns apart', () => {
    expect(model.columns.map(({ name }) => name.short)).toEqual(['2020', '2021', '2022']);
  });
});

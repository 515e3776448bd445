import { describe, expect, it } from 'vitest';
import { accountIndexBlocks } from '../../src/lib/account-index-table.ts';
import { collectAccounts, type AccountSourceArea } from '../../src/lib/accounts.ts';
import type { RecipientColumnData } from '../../src/lib/schemas/area.ts';
import { PENSION_AND_CASH_ROWS } from '../fixtures/recipient-rows.ts';

const columns: RecipientColumnData[] = [
  { label: 'Faktisk antal 2020', year: 2020, kind: 'faktisk' },
  { label: 'Budget 2022', year: 2022, kind: 'budget' },
];
const job: AccountSourceArea = {
  id: 'job',
  data: {
    accounts: [{ number: '05.68.90', name: 'Driftsudgifter' }],
    recipients: {
      caption: 'Modtagere',
      labelHeader: 'Funktion/kategori',
      columns,
      source: 'OPUS',
      rows: [
        ...PENSION_AND_CASH_ROWS,
      ],
    },
  },
};

describe('the account index as rows to render', () => {
  const blocks = accountIndexBlocks(collectAccounts([job]), [...columns, { label: 'Budget 2023', year: 2023, kind: 'budget' }]);
  const block = (number: string) => blocks.find((b) => b.account.number === number);

  it('spans an account over its rows, each with its group and its counts per column', () => {
    expect(block('05.57.73')?.span).toBe(2);
    expect(block('05.57.73')?.rows).toEqual([
      { label: 'Kontanthjælp', areaId: 'job', sharedWith: [], group: 'Kontant og uddannelseshjælp', counts: [612, 610, undefined] },
      { label: 'Uddannelseshjælp', areaId: 'job', sharedWith: [], group: 'Kontant og uddannelseshjælp', counts: [405, 405, undefined] },
    ]);
  });

  it('names the accounts of a shared row, and gives an account without rows one line', () => {
    expect(block('05.48.66')?.rows[0]?.sharedWith).toEqual(['05.48.66', '05.48.68']);
    expect(block('05.68.90')).toMatchObject({ rows: [], span: 1 });
  });
});

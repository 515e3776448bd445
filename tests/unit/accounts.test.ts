import { describe, expect, it } from 'vitest';
import {
  collectAccounts,
  countColumns,
  countIn,
  findAccountNumbers,
  groupAccounts,
  passagesMentioning,
  splitAccountNumbers,
  type AccountSourceArea,
} from '../../src/lib/accounts.ts';
import { parseAccount } from '../../src/lib/account-notation.ts';
import { readAreaFiles } from '../../src/lib/area-files.ts';
import type { RecipientColumnData } from '../../src/lib/schemas/area.ts';
import { PENSION_AND_CASH_ROWS } from '../fixtures/recipient-rows.ts';

const columns: RecipientColumnData[] = [
  { label: 'Faktisk antal 2020', year: 2020, kind: 'faktisk' },
  { label: 'Budget 2022', year: 2022, kind: 'budget' },
];
const table = (rows: NonNullable<AccountSourceArea['data']['recipients']>['rows']) => ({
  caption: 'Modtagere',
  labelHeader: 'Funktion/kategori',
  columns,
  source: 'OPUS',
  rows,
});

const job: AccountSourceArea = {
  id: 'job',
  data: {
    accounts: [
      { number: '05.57.73', name: 'Kontant- og uddannelseshjælp' },
      { number: '05.48.66', name: 'Førtidspensioner' },
      { number: '05.48.68', name: 'Førtidspensioner' },
      { number: '05.68.97', name: 'Seniorjob' },
    ],
    recipients: table([
      ...PENSION_AND_CASH_ROWS,
      { accounts: ['05.58.82'], label: 'Ressourceforløb', values: [268, 250] },
      { accounts: ['05.58.82'], label: 'Jobafklaringsforløb', values: [160, 137] },
    ]),
  },
};
const admin: AccountSourceArea = { id: 'admin', data: { accounts: [{ number: '06.45.51', name: 'Sekretariat og forvaltninger' }] } };

describe('account numbers', () => {
  it('splits a number into hovedkonto, hovedfunktion and funktion', () => {
    expect(parseAccount('05.57.73')).toEqual({ number: '05.57.73', hovedkonto: '05', hovedfunktion: '57', funktion: '73' });
  });

  it('refuses anything not written 0N.NN.NN (the kontoplan’s hovedkonti are 00–09)', () => {
    expect(() => parseAccount('5.57.73')).toThrow(/0N\.NN\.NN/);
    expect(() => parseAccount('15.57.73')).toThrow(/0N\.NN\.NN/);
    expect(() => parseAccount('05-57-73')).toThrow();
  });

  it('finds account numbers in text, but not amounts, dates or longer numbers', () => {
    expect(findAccountNumbers('- 05.48.66 og 05.48.68 Førtidspensioner')).toEqual(['05.48.66', '05.48.68']);
    expect(findAccountNumbers('Nettobudget 12.982.000 kr. og 989.049.000 kr.')).toEqual([]);
    expect(findAccountNumbers('Den 01.01.2022 og 1.05.57.73 og 05.57.73.1')).toEqual([]);
    expect(findAccountNumbers('(05.57.73), 05.58.82.')).toEqual(['05.57.73', '05.58.82']);
  });

  it('cuts a text into plain pieces and numbers, losing nothing', () => {
    const pieces = splitAccountNumbers('05.48.66 og 05.48.68 Førtidspensioner');
    expect(pieces).toEqual([{ account: '05.48.66' }, { text: ' og ' }, { account: '05.48.68' }, { text: ' Førtidspensioner' }]);
    expect(splitAccountNumbers('Ingen konti her')).toEqual([{ text: 'Ingen konti her' }]);
  });
});

describe('collecting accounts from the areas', () => {
  const accounts = collectAccounts([job, admin]);
  const byNumber = (n: string) => accounts.find((a) => a.number === n);

  it('collects every account of the accounts lists and the table rows, sorted by number', () => {
    expect(accounts.map((a) => a.number)).toEqual(['05.48.66', '05.48.68', '05.57.73', '05.58.82', '05.68.97', '06.45.51']);
  });

  it('gives 05.57.73 its two rows, each with its group', () => {
    const rows = byNumber('05.57.73')?.rows ?? [];
    expect(rows.map((r) => [r.label, r.group, r.values])).toEqual([
      ['Kontanthjælp', 'Kontant og uddannelseshjælp', [612, 610]],
      ['Uddannelseshjælp', 'Kontant og uddannelseshjælp', [405, 405]],
    ]);
  });

  it('gives 05.48.66 and 05.48.68 the one row they share', () => {
    const a = byNumber('05.48.66')?.rows ?? [];
    const b = byNumber('05.48.68')?.rows ?? [];
    expect(a).toHaveLength(1);
    expect(a[0]).toBe(b[0]);
    expect(a[0]?.accounts).toEqual(['05.48.66', '05.48.68']);
  });

  it('gives 05.58.82 its two rows, and a name from them where the notes give none', () => {
    const account = byNumber('05.58.82');
    expect(account?.rows.map((r) => r.label)).toEqual(['Ressourceforløb', 'Jobafklaringsforløb']);
    expect(account?.name).toBe('Ressourceforløb / Jobafklaringsforløb');
  });

  it('keeps the name as the notes give it, and the area', () => {
    expect(byNumber('05.57.73')?.name).toBe('Kontant- og uddannelseshjælp');
    expect(byNumber('05.57.73')?.areaIds).toEqual(['job']);
    expect(byNumber('06.45.51')?.areaIds).toEqual(['admin']);
  });

  it('leaves an account without rows with no rows', () => {
    expect(byNumber('05.68.97')?.rows).toEqual([]);
  });

  it('lists every area that names an account', () => {
    const other: AccountSourceArea = { id: 'other', data: { accounts: [{ number: '05.68.97', name: 'Seniorjob' }] } };
    expect(collectAccounts([job, other]).find((a) => a.number === '05.68.97')?.areaIds).toEqual(['job', 'other']);
  });
});

describe('ordering accounts as the kontoplan does', () => {
  it('groups by hovedkonto, with its public name, then by hovedfunktion', () => {
    const groups = groupAccounts(collectAccounts([admin, job]));
    expect(groups.map((g) => [g.hovedkonto, g.name])).toEqual([
      ['05', 'Sociale opgaver og beskæftigelse'],
      ['06', 'Fællesudgifter og administration m.v.'],
    ]);
    expect(groups[0]?.hovedfunktioner.map((f) => [f.hovedfunktion, f.accounts.map((a) => a.funktion)])).toEqual([
      ['48', ['66', '68']],
      ['57', ['73']],
      ['58', ['82']],
      ['68', ['97']],
    ]);
  });

  it('names no hovedkonto it does not know', () => {
    const groups = groupAccounts(collectAccounts([{ id: 'x', data: { accounts: [{ number: '07.22.01', name: 'X' }] } }]));
    expect(groups[0]?.name).toBeUndefined();
  });
});

describe('counts per column', () => {
  it('takes each column once and finds a row’s count by its column', () => {
    const accounts = collectAccounts([job]);
    const found = countColumns(accounts);
    expect(found).toEqual(columns);
    const row = accounts.find((a) => a.number === '05.57.73')?.rows[0];
    expect(row && countIn(row, columns[1]!)).toBe(610);
    expect(row && countIn(row, { label: 'Budget 2021', year: 2021, kind: 'budget' })).toBeUndefined();
  });
});

describe('passages', () => {
  it('finds the passages that mention an account, with their area, across areas', () => {
    const areas = [
      { id: 'job', passages: [{ accounts: ['05.48.66', '05.48.68'], text: '05.48.66 og 05.48.68 Førtidspensioner' }] },
      { id: 'admin', passages: [{ accounts: ['05.57.73'], text: 'Se 05.57.73.', section: { id: 'a', text: 'A' } }] },
    ];
    expect(passagesMentioning('05.48.68', areas).map((p) => p.areaId)).toEqual(['job']);
    expect(passagesMentioning('05.57.73', areas)).toEqual([{ ...areas[1]!.passages[0], areaId: 'admin' }]);
    expect(passagesMentioning('05.58.80', areas)).toEqual([]);
  });
});

describe('the accounts of the real notes', () => {
  const accounts = collectAccounts(readAreaFiles('content/dokumenter/2022-oekonomiudvalget/omraader'));
  const rowsOf = (n: string) => accounts.find((a) => a.number === n)?.rows.map((r) => r.label);

  it('has the rows the issue describes', () => {
    expect(rowsOf('05.57.73')).toEqual(['Kontanthjælp', 'Uddannelseshjælp']);
    expect(rowsOf('05.48.66')).toEqual(['Førtidspension']);
    expect(rowsOf('05.48.68')).toEqual(['Førtidspension']);
    expect(rowsOf('05.58.82')).toEqual(['Ressourceforløb', 'Jobafklaringsforløb']);
  });

  it('has every account named in the notes', () => {
    expect(accounts.every((a) => a.name.length > 0 && a.areaIds.length > 0)).toBe(true);
    expect(accounts).toHaveLength(12);
  });
});

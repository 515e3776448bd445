import { describe, expect, it } from 'vitest';
import type { AccountRow } from '../../src/lib/accounts.ts';
import { areaFilePlace, checkAreaLinks, documentFolderName } from '../../src/lib/collection-checks.ts';
import type { CheckedEntry } from '../../src/lib/checks.ts';
import { accountCountsOverYears, byCommittee, documentLabel, netBudgetOverYears, newestFirst, overYearsSummary, sameAreaElsewhere } from '../../src/lib/documents.ts';

const doc = (budgetYear: number, committee = 'Økonomiudvalget') => ({ id: `${budgetYear}-${committee.toLowerCase()}`, budgetYear, committee });
const d22 = doc(2022);
const d23 = doc(2023);
const b23 = doc(2023, 'Børne- og Familieudvalget');

describe('documents in order', () => {
  it('names a document by year and committee', () => {
    expect(documentLabel(d22)).toBe('Budget 2022, Økonomiudvalget');
  });

  it('puts the newest year first, and groups by committee in Danish order', () => {
    expect(newestFirst([d22, b23, d23]).map((d) => d.id)).toEqual([b23.id, d23.id, d22.id]);
    expect(byCommittee([d22, d23, b23]).map((g) => [g.committee, g.documents.map((d) => d.budgetYear)])).toEqual([
      ['Børne- og Familieudvalget', [2023]],
      ['Økonomiudvalget', [2023, 2022]],
    ]);
  });

  it('names a document folder after its year and committee', () => {
    expect(documentFolderName({ budgetYear: 2022, committee: 'Økonomiudvalget' })).toBe('2022-oekonomiudvalget');
    expect(documentFolderName({ budgetYear: 2023, committee: 'Børne- og Familieudvalget' })).toBe('2023-boerne-og-familieudvalget');
  });

  it('finds an area file only at <document>/omraader/<slug>.mdx', () => {
    expect(areaFilePlace('2022-oekonomiudvalget/omraader/beredskab.mdx')).toEqual({ document: '2022-oekonomiudvalget', slug: 'beredskab' });
    expect(areaFilePlace('2022-oekonomiudvalget/beredskab.mdx')).toBeUndefined();
    expect(areaFilePlace('2022-oekonomiudvalget/omraader/ekstra/beredskab.mdx')).toBeUndefined();
  });
});

describe('the same area across documents', () => {
  const area = (document: ReturnType<typeof doc>, slug: string, sameAreaAs?: string[]) => ({ id: `${document.id}/${slug}`, slug, document, sameAreaAs });
  const areas = [
    area(d22, 'beredskab'),
    area(d23, 'beredskab'),
    area(b23, 'beredskab'),
    area(d22, 'digitalisering-og-it'),
    area(d23, 'it', [`${d22.id}/digitalisering-og-it`]),
    area(d23, 'klima'),
  ];
  const ids = (id: string) => sameAreaElsewhere(areas, id).map((a) => a.id);

  it('is the same slug in another document of the same committee, not of another committee', () => {
    expect(ids(`${d22.id}/beredskab`)).toEqual([`${d23.id}/beredskab`]);
    expect(ids(`${b23.id}/beredskab`)).toEqual([]);
  });

  it('follows sameAreaAs both ways', () => {
    expect(ids(`${d23.id}/it`)).toEqual([`${d22.id}/digitalisering-og-it`]);
    expect(ids(`${d22.id}/digitalisering-og-it`)).toEqual([`${d23.id}/it`]);
    expect(ids(`${d23.id}/klima`)).toEqual([]);
  });

  it('reports a sameAreaAs that names no area, or an area of the same document', () => {
    const entry = (id: string, sameAreaAs: string[]): CheckedEntry => ({ file: `x/${id}.mdx`, id, data: { title: id, order: 1, netBudget: 1, sameAreaAs }, body: '' });
    const problems = checkAreaLinks([
      { document: '2023-x', entry: entry('a', ['2022-x/b', '2022-x/missing', '2023-x/c']) },
      { document: '2022-x', entry: entry('b', []) },
      { document: '2023-x', entry: entry('c', []) },
    ]);
    expect(problems.map((p) => `${p.field} ${p.found}`)).toEqual(['sameAreaAs[1] "2022-x/missing"', 'sameAreaAs[2] "2023-x/c"']);
  });
});

describe('an area’s net budget over the years', () => {
  it('gives each year with its change from the year before', () => {
    const rows = netBudgetOverYears([
      { document: d23, netBudget: 13_500_000 },
      { document: d22, netBudget: 12_982_000 },
    ]);
    expect(rows.map((r) => [r.label, r.netBudget, r.change, r.changeRatio?.toFixed(4)])).toEqual([
      ['Budget 2022', 12_982_000, undefined, undefined],
      ['Budget 2023', 13_500_000, 518_000, '0.0399'],
    ]);
    expect(overYearsSummary(rows).replace(/\s/g, ' ')).toBe('Nettobudgettet er 12.982.000 kr. i budget 2022 og 13.500.000 kr. i budget 2023: en ændring på +518.000 kr. (+4,0 %).');
  });

  it('gives no percentage from 0 and tells two documents of one year apart by committee', () => {
    const rows = netBudgetOverYears([
      { document: d22, netBudget: 5 },
      { document: doc(2022, 'Børne- og Familieudvalget'), netBudget: 0 },
    ]);
    expect(rows[1]?.changeRatio).toBeUndefined();
    expect(rows.map((r) => r.label)).toEqual(['Budget 2022, Børne- og Familieudvalget', 'Budget 2022, Økonomiudvalget']);
  });
});

describe('an account’s counts across documents', () => {
  const row = (areaId: string, label: string, columns: [string, number, 'faktisk' | 'budget'][], values: number[]): AccountRow => ({
    areaId,
    label,
    accounts: ['05.57.73'],
    values,
    columns: columns.map(([l, year, kind]) => ({ label: l, year, kind })),
    labelHeader: 'Funktion',
    source: 'x',
  });
  const documents: Record<string, ReturnType<typeof doc>> = { a22: d22, a23: d23 };
  const documentOf = (areaId: string) => documents[areaId] ?? d22;

  it('orders by year, faktisk before budget, and keeps both figures where documents differ', () => {
    const counts = accountCountsOverYears(
      [
        row('a23', 'Kontanthjælp', [['Faktisk antal 2021', 2021, 'faktisk'], ['Budget 2022', 2022, 'budget']], [600, 615]),
        row('a22', 'Kontanthjælp', [['Faktisk antal 2020', 2020, 'faktisk'], ['Budget 2022', 2022, 'budget']], [612, 610]),
      ],
      documentOf,
    );
    expect(counts.map((c) => [c.year, c.kind, c.count, c.documentId])).toEqual([
      [2020, 'faktisk', 612, d22.id],
      [2021, 'faktisk', 600, d23.id],
      [2022, 'budget', 610, d22.id],
      [2022, 'budget', 615, d23.id],
    ]);
    expect(counts[2]?.differsFrom).toEqual([{ documentId: d23.id, count: 615 }]);
    expect(counts[3]?.differsFrom).toEqual([{ documentId: d22.id, count: 610 }]);
    expect(counts[0]?.differsFrom).toEqual([]);
  });

  it('does not flag the same figure given by two documents', () => {
    const counts = accountCountsOverYears(
      [row('a22', 'Sygedagpenge', [['Budget 2022', 2022, 'budget']], [703]), row('a23', 'Sygedagpenge', [['Budget 2022', 2022, 'budget']], [703])],
      documentOf,
    );
    expect(counts.every((c) => c.differsFrom.length === 0)).toBe(true);
  });
});

describe('the same area across many documents, looked up for each', () => {
  it('follows slugs within a committee and sameAreaAs links across committees, from one index of the areas', async () => {
    const { sameAreaFinder } = await import('../../src/lib/documents.ts');
    const docs = Array.from({ length: 12 }, (_, i) => ({ id: `${2010 + (i % 6)}-udvalg-${Math.floor(i / 6)}`, budgetYear: 2010 + (i % 6), committee: `Udvalg ${Math.floor(i / 6)}` }));
    const areas = docs.flatMap((document, d) =>
      ['a', 'b', 'c'].map((slug) => ({ id: `${document.id}/${slug}`, slug, document, ...(slug === 'c' && d > 0 ? { sameAreaAs: [`${docs[d - 1]?.id}/a`] } : {}) })),
    );
    const find = sameAreaFinder(areas);
    // b: the same slug in the committee's other years only.
    expect(find(`${docs[0]?.id}/b`).map((a) => a.id)).toEqual(docs.slice(1, 6).map((d) => `${d.id}/b`));
    expect(find(`${docs[6]?.id}/b`).map((a) => a.id)).toEqual(docs.slice(7, 12).map((d) => `${d.id}/b`));
    // a and c: each c is linked to the a of the document before, across the committees too, so
    // every a and c of every document is one area; oldest first, then by committee.
    const ac = find(`${docs[0]?.id}/a`).map((a) => a.id);
    expect(ac).toHaveLength(23);
    expect(new Set(ac)).toEqual(new Set(areas.filter((a) => a.slug !== 'b' && a.id !== `${docs[0]?.id}/a`).map((a) => a.id)));
    expect(ac.slice(0, 3).sort()).toEqual([`${docs[0]?.id}/c`, `${docs[6]?.id}/a`, `${docs[6]?.id}/c`]);
    expect(find('no/such')).toEqual([]);
  });
});

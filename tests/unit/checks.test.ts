import { describe, expect, it } from 'vitest';
import { checkArea, checkAreas, formatProblems, RECIPIENT_TABLE_TAG, type CheckedEntry } from '../../src/lib/checks.ts';
import type { AreaData } from '../../src/lib/schemas/area.ts';

const entry = (id: string, data: Partial<AreaData> = {}, body = 'Tekst.'): CheckedEntry => ({
  file: `content/omraader/${id}.mdx`,
  id,
  data: { title: id, order: 1, netBudget: 1000, ...data },
  body,
});

const table = (groupValues: number[]) => ({
  caption: 'Modtagere',
  labelHeader: 'Funktion/kategori',
  columns: [
    { label: 'Faktisk antal 2020', year: 2020, kind: 'faktisk' as const },
    { label: 'Budget 2021', year: 2021, kind: 'budget' as const },
  ],
  source: 'OPUS',
  rows: [
    {
      label: 'Kontant og uddannelseshjælp',
      values: groupValues,
      children: [
        { accounts: ['05.57.73'], label: 'Kontanthjælp', values: [612, 650] },
        { accounts: ['05.57.73'], label: 'Uddannelseshjælp', values: [405, 430] },
      ],
    },
  ],
});

describe('checks of one area', () => {
  it('passes a consistent area', () => {
    expect(checkArea(entry('ok', { recipients: table([1017, 1080]) }, `Før.\n\n${RECIPIENT_TABLE_TAG}\n`))).toEqual([]);
  });

  it('names file, field, expected and found for parts that do not add up', () => {
    const [problem, ...rest] = checkArea(
      entry('it', { netBudget: 42339000, parts: [{ label: 'Stab', amount: 11938000 }, { label: 'Fælles', amount: 30552000 }] }),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/omraader/it.mdx', field: 'parts' });
    expect(problem?.expected).toContain('42.339.000 kr.');
    expect(problem?.expected).toContain('partsDeviation');
    expect(problem?.found).toContain('42.490.000 kr.');
    expect(problem?.found).toContain('151.000 kr. more');
  });

  it('points at the declared amount when a declaration is wrong', () => {
    const problems = checkArea(
      entry('it', {
        netBudget: 42339000,
        parts: [{ label: 'Stab', amount: 11938000 }, { label: 'Fælles', amount: 30552000 }],
        partsDeviation: { amount: 1, note: 'x' },
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['partsDeviation.amount']);
    expect(problems[0]?.expected).toContain('151.000');
  });

  it('rejects a declaration where nothing deviates, and one without parts', () => {
    expect(checkArea(entry('a', { netBudget: 10, parts: [{ label: 'A', amount: 5 }, { label: 'B', amount: 5 }], partsDeviation: { amount: 0, note: 'x' } })).map((p) => p.field)).toEqual(['partsDeviation']);
    expect(checkArea(entry('b', { partsDeviation: { amount: 5, note: 'x' } })).map((p) => p.field)).toContain('partsDeviation');
  });

  it('finds a group row whose sum is wrong, naming row and column', () => {
    const problems = checkArea(entry('t', { recipients: table([1017, 1081]) }, RECIPIENT_TABLE_TAG));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'recipients.rows[0].values[1]', found: '1.081' });
    expect(problems[0]?.expected).toContain('Budget 2021');
    expect(problems[0]?.expected).toContain('1.080');
  });

  it('finds rows with the wrong number of values', () => {
    const bad = table([1017, 1080]);
    bad.rows[0]!.children[1]!.values = [405];
    const fields = checkArea(entry('t', { recipients: bad }, RECIPIENT_TABLE_TAG)).map((p) => p.field);
    expect(fields).toContain('recipients.rows[0].children[1].values');
  });

  it('requires the table to be placed exactly once in the text, and only when there is one', () => {
    expect(checkArea(entry('t', { recipients: table([1017, 1080]) }, 'Ingen tabel.')).map((p) => p.field)).toEqual(['recipients']);
    expect(checkArea(entry('t', { recipients: table([1017, 1080]) }, `${RECIPIENT_TABLE_TAG}\n${RECIPIENT_TABLE_TAG}`)).map((p) => p.field)).toEqual(['recipients']);
    expect(checkArea(entry('t', {}, RECIPIENT_TABLE_TAG)).map((p) => p.field)).toEqual(['recipients']);
  });
});

describe('checks across areas', () => {
  it('finds two areas with one order', () => {
    const problems = checkAreas([entry('a', { order: 1 }), entry('b', { order: 1 })]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/omraader/b.mdx', field: 'order', found: expect.stringContaining('content/omraader/a.mdx') }),
    ]);
  });

  it('finds related areas that do not exist, and an area related to itself', () => {
    const problems = checkAreas([entry('a', { order: 1, related: ['b', 'nowhere'] }), entry('b', { order: 2, related: ['b'] })]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/omraader/a.mdx related[1]', 'content/omraader/b.mdx related[0]']);
    expect(problems[0]?.found).toBe('"nowhere"');
  });

  it('finds a related area listed twice (the page would link it twice)', () => {
    const problems = checkAreas([entry('a', { order: 1, related: ['b', 'b'] }), entry('b', { order: 2 })]);
    expect(problems).toEqual([{ file: 'content/omraader/a.mdx', field: 'related[1]', expected: 'each related area once', found: '"b", also related[0]' }]);
  });

  it('formats one line per problem with file and field', () => {
    const text = formatProblems([{ file: 'content/omraader/a.mdx', field: 'order', expected: 'x', found: 'y' }]);
    expect(text).toBe('content/omraader/a.mdx: field "order": expected x; found y.');
  });
});

import { describe, expect, it } from 'vitest';
import { compareSource, type PageText } from '../support/fidelity.ts';

// A miniature of the source: a preamble, two areas, hyphenation, a net budget with parts, a table.
const source = [
  'Bemærkninger ',
  'Beredskab ',
  'Samlet nettobudget for området: 12.982.000 kr. ',
  'Budgetgrundlag ',
  'Bidraget ændres. Brandhaner skal løbende udskif-',
  '  ',
  'tes.',
  'Økonomi ',
  'Samlet nettobudget for området: 79.126.000 kr. (Stab: 24.062.000 kr., Fælles: ',
  '55.064.000) ',
  'Funktion/kategori  ',
  'Faktisk an-',
  'tal 2020 ',
  '05.57.71 Sygedagpenge 806 537 703 ',
  'Kilde: OPUS ',
  'Der er 3 puljer.',
].join('\n');

const good = (): PageText[] => [
  { title: 'Beredskab', text: 'Beredskab Samlet nettobudget for området i 2022 12.982.000 kr. Budgetgrundlag Bidraget ændres. Brandhaner skal løbende udskiftes.', tableRows: [] },
  {
    title: 'Økonomi',
    text: 'Økonomi 79.126.000 kr. Stab: 24.062.000 kr. Fælles: 55.064.000 kr. Kilde: OPUS Der er 3 puljer.',
    tableRows: ['Funktion/kategori Faktisk antal 2020', '05.57.71 Sygedagpenge 806 537 703 -103'],
  },
];

describe('the fidelity check itself', () => {
  it('passes when the site shows everything, dehyphenated', () => {
    expect(compareSource(source, good(), 'Bemærkninger Budget 2022')).toEqual([]);
  });

  it('reports a changed sentence with its area', () => {
    const pages = good();
    pages[0]!.text = pages[0]!.text.replace('udskiftes', 'udskiftet');
    expect(compareSource(source, pages, 'Bemærkninger')).toEqual([
      { area: 'Beredskab', kind: 'sentence', text: 'Brandhaner skal løbende udskiftes.' },
    ]);
  });

  it('reports a missing figure, part, table row, header and preamble', () => {
    const pages = good();
    pages[1]!.text = pages[1]!.text.replace('Fælles: 55.064.000 kr.', '').replace('3 puljer', 'tre puljer');
    pages[1]!.tableRows = ['Funktion/kategori Faktisk', '05.57.71 Sygedagpenge 806 537 704'];
    const kinds = compareSource(source, pages, 'Forside').map((m) => `${m.kind}: ${m.text}`);
    expect(kinds).toEqual([
      'preamble: Bemærkninger',
      'net budget: Fælles: 55.064.000 kr.',
      'table row: 05.57.71 Sygedagpenge 806 537 703',
      'table header: Funktion/kategori Faktisk antal 2020',
      'sentence: Der er 3 puljer.',
      'figure: 3',
    ]);
  });

  it('reports a title that is not in the source', () => {
    const pages = good();
    pages[0]!.title = 'Brandvæsen';
    expect(compareSource(source, pages, 'Bemærkninger')[0]).toEqual({ area: 'Brandvæsen', kind: 'title', text: '"Brandvæsen" is not a line of the source' });
  });
});

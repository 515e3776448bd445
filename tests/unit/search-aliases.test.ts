import { describe, expect, it } from 'vitest';
import { accountAliases, amountAliases, firstMentions, indexedWord, searchAliases, stripAliases } from '../../src/lib/search-aliases.ts';

describe('alias words a page carries', () => {
  it('gives each account a full, a short and a hovedfunktion alias word', () => {
    expect(accountAliases('05.57.73')).toEqual(['konto-05.57.73', 'funktion-57.73', 'hovedfunktion-57']);
    expect(accountAliases('00.22.01')).toEqual(['konto-00.22.01', 'funktion-22.01', 'hovedfunktion-22']);
  });

  it('rejects accounts not written 0N.NN.NN', () => {
    expect(() => accountAliases('5.57.73')).toThrow(/0N\.NN\.NN/);
    expect(() => accountAliases('15.57.73')).toThrow(/0N\.NN\.NN/);
  });

  it('gives an amount an exact alias and one per rounding to millions', () => {
    expect(amountAliases(989049000)).toEqual(['belob-989049000-kr', 'mio-989-k', 'mio-989-k-0', 'mio-989-k-05']);
    expect(amountAliases(373000)).toEqual(['belob-373000-kr', 'mio-0-k', 'mio-0-k-4', 'mio-0-k-37']);
    expect(amountAliases(42960000).slice(1)).toEqual(['mio-43-k', 'mio-43-k-0', 'mio-42-k-96']);
  });

  it('collects the words of several accounts and amounts, each once', () => {
    const words = searchAliases(['05.48.66', '05.48.68'], [1000000, 1000000]);
    expect(words.filter((word) => word === 'hovedfunktion-48')).toHaveLength(1);
    expect(words.filter((word) => word.startsWith('belob-'))).toEqual(['belob-1000000-kr']);
  });

  it('is indexed as one word of letters and digits', () => {
    expect(indexedWord('konto-05.57.73')).toBe('konto055773');
    expect(indexedWord('mio-989-k-05')).toBe('mio989k05');
    expect(indexedWord('belob-989049000-kr')).toBe('belob989049000kr');
  });
});

describe('alias words in excerpts', () => {
  it('removes them and highlights the account number shown instead', () => {
    expect(stripAliases('05.57.73 Kontanthjælp <mark>konto-05.57.73</mark> funktion-57.73 hovedfunktion-57 612. 650.')).toBe(
      '<mark>05.57.73</mark> Kontanthjælp 612. 650.',
    );
    expect(stripAliases('05.57.73 Kontanthjælp konto-05.57.73 <mark>funktion-57.73</mark> hovedfunktion-57.')).toBe(
      '<mark>05.57.73</mark> Kontanthjælp',
    );
  });

  it('removes amount aliases and highlights the amount shown', () => {
    expect(
      stripAliases('i 2022: 989.049.000 kr. <mark>belob-989049000-kr</mark> mio-989-k mio-989-k-0 mio-989-k-05 (72,8 %)'),
    ).toBe('i 2022: <mark>989.049.000</mark> kr. (72,8 %)');
    expect(stripAliases('i 2022: 989.049.000 kr. belob-989049000-kr mio-989-k <mark>mio-989-k-0</mark> mio-989-k-05 (72,8 %)')).toBe(
      'i 2022: 989.049.000 kr. (72,8 %)',
    );
  });

  it('leaves other numbers, words and existing highlights alone', () => {
    const excerpt = '<mark>Kontanthjælp</mark> konto-05.57.73 funktion-57.73 612. 05.57.78 Dagpenge 1.055.773 kr. Hovedfunktion 57 mio. kr.';
    expect(stripAliases(excerpt)).toBe('<mark>Kontanthjælp</mark> 612. 05.57.78 Dagpenge 1.055.773 kr. Hovedfunktion 57 mio. kr.');
  });

  it('handles two accounts on one row', () => {
    expect(
      stripAliases('05.48.66 &amp; 05.48.68 Førtidspension konto-05.48.66 funktion-48.66 <mark>konto-05.48.68</mark> funktion-48.68 2.816.'),
    ).toBe('05.48.66 &amp; <mark>05.48.68</mark> Førtidspension 2.816.');
  });
});

describe('first mentions of accounts', () => {
  it('gives each account to the first row that names it', () => {
    expect(firstMentions([['05.46.61'], ['05.48.66', '05.48.68'], ['05.57.73'], ['05.57.73'], ['05.48.68', '05.58.80']])).toEqual([
      ['05.46.61'],
      ['05.48.66', '05.48.68'],
      ['05.57.73'],
      [],
      ['05.58.80'],
    ]);
  });
});

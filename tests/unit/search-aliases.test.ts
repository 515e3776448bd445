import { describe, expect, it } from 'vitest';
import {
  accountAliases,
  accountAnchorId,
  firstMentions,
  searchRequest,
  indexedWord,
  normalizeAccountQuery,
  stripAliases,
} from '../../src/lib/search-aliases.ts';

describe('account aliases', () => {
  it('gives each account a full and a short alias word', () => {
    expect(accountAliases('05.57.73')).toEqual(['konto-05.57.73', 'funktion-57.73']);
    expect(accountAliases('00.22.01')).toEqual(['konto-00.22.01', 'funktion-22.01']);
  });

  it('rejects accounts not written NN.NN.NN', () => {
    expect(() => accountAliases('5.57.73')).toThrow(/NN\.NN\.NN/);
    expect(() => accountAliases('15.57.73')).toThrow(/NN\.NN\.NN/);
  });

  it('names the element a hit lands on after the account', () => {
    expect(accountAnchorId('05.57.73')).toBe('konto-05-57-73');
  });
});

describe('account notations in a query', () => {
  const indexed = accountAliases('05.57.73').map(indexedWord);

  it.each(['05.57.73', '5.57.73', '055773', '55773', '57.73'])('finds 05.57.73 written %s', (notation) => {
    const word = normalizeAccountQuery(notation);
    expect(indexed).toContain(word);
  });

  it('sends the full notations to the same word, and the short one to its own', () => {
    expect(normalizeAccountQuery('5.57.73')).toBe('konto055773');
    expect(normalizeAccountQuery('55773')).toBe('konto055773');
    expect(normalizeAccountQuery('57.73')).toBe('funktion5773');
  });

  it('keeps different accounts apart', () => {
    expect(normalizeAccountQuery('5.57.71')).not.toBe(normalizeAccountQuery('5.57.73'));
    expect(normalizeAccountQuery('05.48.66')).not.toBe(normalizeAccountQuery('05.48.68'));
  });

  it('rewrites only the account in a query with other words', () => {
    expect(normalizeAccountQuery('  kontanthjælp   5.57.73 ')).toBe('kontanthjælp konto055773');
  });

  it('leaves words, years, Danish amounts and non-accounts alone', () => {
    for (const query of ['sygedagpenge', '2022', '1.017', '989.049.000', '15.57.73', '155773', '5.5.73', '12,5']) {
      expect(normalizeAccountQuery(query)).toBe(query);
    }
  });

  it('never produces a word a Danish number is indexed as', () => {
    // "55.773" and "5.773" are indexed as 55773 and 5773: the rewritten query must differ.
    expect(normalizeAccountQuery('55773')).not.toMatch(/^\d+$/);
    expect(normalizeAccountQuery('57.73')).not.toMatch(/^\d+$/);
  });
});

describe('alias words in excerpts', () => {
  it('removes them and highlights the account number shown instead', () => {
    expect(stripAliases('05.57.73 Kontanthjælp <mark>konto-05.57.73</mark> funktion-57.73 612. 650.')).toBe(
      '<mark>05.57.73</mark> Kontanthjælp 612. 650.',
    );
    expect(stripAliases('05.57.73 Kontanthjælp konto-05.57.73 <mark>funktion-57.73</mark> 612.')).toBe(
      '<mark>05.57.73</mark> Kontanthjælp 612.',
    );
  });

  it('leaves other numbers and existing highlights alone', () => {
    const excerpt = '<mark>Kontanthjælp</mark> konto-05.57.73 funktion-57.73 612. 05.57.78 Dagpenge 1.055.773 kr.';
    expect(stripAliases(excerpt)).toBe('<mark>Kontanthjælp</mark> 612. 05.57.78 Dagpenge 1.055.773 kr.');
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

describe('what a typed query asks of Pagefind', () => {
  it('searches an account notation as its alias, on every page (its account page carries it)', () => {
    expect(searchRequest('5.57.73')).toEqual({ term: 'konto055773', filters: {} });
    expect(searchRequest('kontanthjælp 57.73')).toEqual({ term: 'kontanthjælp funktion5773', filters: {} });
  });

  it('searches words everywhere but on account pages', () => {
    expect(searchRequest(' sygedagpenge ')).toEqual({ term: 'sygedagpenge', filters: { not: { type: 'konto' } } });
    expect(searchRequest('5 57 73').filters).toEqual({ not: { type: 'konto' } });
  });
});

import { describe, expect, it } from 'vitest';
import { accountAliases, accountAnchorId, accountTerm, readAccountWords } from '../../src/lib/account-notation.ts';
import { amountAliases, amountTerm } from '../../src/lib/amount-notation.ts';
import { indexedWord } from '../../src/lib/search-aliases.ts';

describe('account notations in a query', () => {
  const indexed = accountAliases('05.57.73').map(indexedWord);

  it.each(['05.57.73', '5.57.73', '055773', '55773', '57.73', '05-57-73', '5-57-73', '5773'])('finds 05.57.73 written %s', (notation) => {
    expect(indexed).toContain(accountTerm(notation)?.word);
  });

  it('sends the full notations to the same word, and the short one to its own', () => {
    expect(accountTerm('5.57.73')).toEqual({ word: 'konto055773', listing: false, ambiguous: false });
    expect(accountTerm('55773')?.word).toBe('konto055773');
    expect(accountTerm('57.73')?.word).toBe('funktion5773');
  });

  it('reads four digits as hovedfunktion and funktion, but also as themselves (a year)', () => {
    expect(accountTerm('5773')).toEqual({ word: 'funktion5773', listing: false, ambiguous: true });
    expect(accountTerm('2022')?.ambiguous).toBe(true);
  });

  it('reads the start of an account as a listing, whose word starts every account under it', () => {
    for (const [typed, word] of [['05.57', 'konto0557'], ['5.57', 'konto0557'], ['05.58.8', 'konto05588'], ['5.58.8', 'konto05588']]) {
      expect(accountTerm(typed!), typed).toEqual({ word, listing: true, ambiguous: false });
      expect(indexedWord('konto-05.57.73').startsWith(word!) || indexedWord('konto-05.58.81').startsWith(word!)).toBe(true);
    }
    expect(indexedWord('konto-05.58.73').startsWith(accountTerm('05.58.8')!.word)).toBe(false);
  });

  it('keeps different accounts apart', () => {
    expect(accountTerm('5.57.71')?.word).not.toBe(accountTerm('5.57.73')?.word);
    expect(accountTerm('05.48.66')?.word).not.toBe(accountTerm('05.48.68')?.word);
  });

  it('leaves words, Danish amounts and non-accounts alone', () => {
    for (const word of ['sygedagpenge', '1.017', '989.049.000', '15.57.73', '155773', '5.5.73', '12,5', '123']) {
      expect(accountTerm(word), word).toBeUndefined();
    }
  });

  it('never produces a word a Danish number is indexed as', () => {
    // "55.773" and "5.773" are indexed as 55773 and 5773: the rewritten query must differ.
    for (const word of ['55773', '57.73', '5773', '05.57']) expect(accountTerm(word)?.word).not.toMatch(/^\d+$/);
  });

  it('joins notations written over several words', () => {
    expect(readAccountWords(['05', '57', '73'])).toEqual([{ text: '05 57 73', account: { word: 'konto055773', listing: false, ambiguous: true } }]);
    expect(readAccountWords(['kontanthjælp', '5', '57', '73'])[1]?.account?.word).toBe('konto055773');
    expect(readAccountWords(['hovedfunktion', '57'])).toEqual([
      { text: 'hovedfunktion 57', account: { word: 'hovedfunktion57', listing: true, ambiguous: false } },
    ]);
    expect(readAccountWords(['Hovedkonto', '5'])[0]?.account).toEqual({ word: 'konto05', listing: true, ambiguous: false });
    expect(readAccountWords(['hovedfunktion'])).toEqual([{ text: 'hovedfunktion', account: undefined }]);
    expect(readAccountWords(['5', '57'])).toEqual([
      { text: '5', account: undefined },
      { text: '57', account: undefined },
    ]);
  });

  it('names the element a hit lands on after the account', () => {
    expect(accountAnchorId('05.57.73')).toBe('konto-05-57-73');
  });
});

describe('amounts in a query', () => {
  const indexed = amountAliases(989049000).map(indexedWord);

  it.each([
    [['989.049.000'], 1],
    [['989049000'], 1],
    [['989.049.000', 'kr.'], 2],
    [['989,0', 'mio.'], 2],
    [['989,0', 'mio.', 'kr.'], 3],
    [['989,05', 'mio'], 2],
    [['989', 'mio.', 'kr'], 3],
    [['989mio'], 1],
    [['989,0mio.'], 1],
  ])('finds 989.049.000 written %j', (words, length) => {
    const term = amountTerm(words);
    expect(term?.length).toBe(length);
    // Pagefind matches a word's start: the query's word starts one of the page's aliases.
    expect(indexed.some((word) => word.startsWith(term!.word))).toBe(true);
  });

  it('matches millions only to amounts that round to them', () => {
    const other = amountAliases(9890000000).map(indexedWord);
    expect(other.some((word) => word.startsWith(amountTerm(['989', 'mio'])!.word))).toBe(false);
    expect(indexed.some((word) => word.startsWith(amountTerm(['989,1', 'mio'])!.word))).toBe(false);
  });

  it('leaves words, small numbers and account numbers alone', () => {
    for (const words of [['sygedagpenge'], ['2022'], ['123'], ['5.57.73'], ['989,0'], ['55773']]) {
      expect(amountTerm(words), words.join(' ')).toBeUndefined();
    }
  });
});

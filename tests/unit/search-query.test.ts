import { describe, expect, it } from 'vitest';
import { planSearch, withinDocument } from '../../src/lib/search-query.ts';

const NOT_ACCOUNTS = { not: { type: 'konto' } };
const ACCOUNTS = { type: 'konto' };

describe('what a typed query asks of Pagefind', () => {
  it('searches a full account notation as its alias only, on every page (its account page carries it)', () => {
    expect(planSearch('5.57.73')).toEqual([{ term: 'konto055773', filters: {}, place: 'append' }]);
    expect(planSearch('05-57-73')).toEqual([{ term: 'konto055773', filters: {}, place: 'append' }]);
    expect(planSearch('kontanthjælp 57.73')).toEqual([{ term: 'kontanthjælp funktion5773', filters: {}, place: 'append' }]);
  });

  it('lists the accounts under the start of a number in number order', () => {
    for (const query of ['05.57', '5.57', 'hovedfunktion 57', '05.58.8']) {
      const [step, ...rest] = planSearch(query);
      expect(step?.order, query).toBe('account');
      expect(rest).toEqual([]);
    }
  });

  it('searches digits that may mean something else as the account first, then as typed', () => {
    expect(planSearch('5773')).toEqual([
      { term: 'funktion5773', filters: {}, place: 'append' },
      { term: '5773', filters: NOT_ACCOUNTS, place: 'append' },
    ]);
    expect(planSearch('5 57 73').map((step) => step.term)).toEqual(['konto055773', '5 57 73']);
  });

  it('searches an amount as its alias first, then as typed', () => {
    expect(planSearch('989.049.000').map((step) => step.term)).toEqual(['belob989049000kr', '989.049.000']);
    expect(planSearch('989,0 mio. kr.').map((step) => step.term)).toEqual(['mio989k0', '989,0 mio. kr.']);
  });

  it('searches words everywhere but on account pages, then the account pages right after the best page', () => {
    expect(planSearch(' sygedagpenge ')).toEqual([
      { term: 'sygedagpenge', filters: NOT_ACCOUNTS, place: 'append' },
      { term: 'sygedagpenge', filters: ACCOUNTS, place: 'afterFirst' },
    ]);
  });

  it('respells words to the site spelling', () => {
    expect(planSearch('foertidspension', (word) => (word === 'foertidspension' ? 'førtidspension' : word))[0]?.term).toBe('førtidspension');
  });

  it('searches an abbreviation in capitals as the exact word, ordered by how often it occurs', () => {
    expect(planSearch('KL')[0]).toEqual({ term: '"kl"', filters: NOT_ACCOUNTS, place: 'append', order: 'count' });
    expect(planSearch('ESDH')[0]?.term).toBe('"esdh"');
    expect(planSearch('kl')[0]?.term).toBe('kl');
    expect(planSearch('Kl')[0]?.term).toBe('Kl');
  });

  it('asks nothing for an empty query', () => {
    expect(planSearch('   ')).toEqual([]);
  });

  it('keeps every search within a document when asked to', () => {
    const steps = withinDocument(planSearch('sygedagpenge'), 'Budget 2022, Økonomiudvalget');
    expect(steps.map((step) => step.filters)).toEqual([
      { ...NOT_ACCOUNTS, dokument: 'Budget 2022, Økonomiudvalget' },
      { ...ACCOUNTS, dokument: 'Budget 2022, Økonomiudvalget' },
    ]);
    expect(withinDocument(planSearch('05.57.73'), 'D')[0]?.filters).toEqual({ dokument: 'D' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  bestSection,
  excerptParts,
  mergeResults,
  orderResults,
  showResult,
  type ResultData,
  type SubResult,
} from '../../src/lib/search-results.ts';

const hit = (balanced_score: number, location = 0) => ({ weight: 1, balanced_score, location });
const sub = (title: string, url: string, scores: number[], anchor = true): SubResult => ({
  title,
  url,
  excerpt: `om <mark>${title}</mark>`,
  weighted_locations: scores.map((score) => hit(score)),
  ...(anchor ? { anchor: { id: url.split('#')[1] ?? '', element: 'h2' } } : {}),
});

describe('the best section of a page', () => {
  it('is the one whose hits score highest, not the first', () => {
    const subs = [sub('Budgetgrundlag', '/a/#budgetgrundlag', [1, 1]), sub('Udvikling', '/a/#udvikling', [5])];
    expect(bestSection(subs)?.title).toBe('Udvikling');
  });

  it('is the earlier one on a tie', () => {
    const subs = [sub('A', '/a/#a', [2]), sub('B', '/a/#b', [2])];
    expect(bestSection(subs)?.title).toBe('A');
  });
});

describe('a result as the list shows it', () => {
  const page = (subs: SubResult[]): ResultData => ({
    url: '/omraader/beredskab/',
    excerpt: 'side-uddrag',
    meta: { title: 'Beredskab' },
    sub_results: subs,
  });

  it('links to the best section and names its heading', () => {
    const shown = showResult(page([sub('Udvikling og udfordringer', '/omraader/beredskab/#udvikling', [3])]));
    expect(shown).toEqual({
      url: '/omraader/beredskab/#udvikling',
      title: 'Beredskab',
      section: 'Udvikling og udfordringer',
      excerpt: 'om <mark>Udvikling og udfordringer</mark>',
    });
  });

  it('names no section when the hit is above the first heading', () => {
    const shown = showResult(page([sub('Beredskab', '/omraader/beredskab/', [9], false)]));
    expect(shown.section).toBeUndefined();
    expect(shown.url).toBe('/omraader/beredskab/');
  });

  it('falls back to the page when Pagefind gives no sections', () => {
    expect(showResult(page([]))).toEqual({ url: '/omraader/beredskab/', title: 'Beredskab', excerpt: 'side-uddrag' });
  });

  it('hides alias words from the excerpt', () => {
    const row = { ...sub('05.57.73 Kontanthjælp', '/a/#konto-05-57-73', [4]), excerpt: '05.57.73 Kontanthjælp <mark>konto-05.57.73</mark> 612.' };
    expect(showResult(page([row])).excerpt).toBe('<mark>05.57.73</mark> Kontanthjælp 612.');
  });
});

describe('the document a result belongs to', () => {
  it('is shown from the page\'s dokument meta, and left out where a page has none', () => {
    const data = (meta: ResultData['meta']): ResultData => ({ url: '/konti/05-57-73/', excerpt: 'x', meta, sub_results: [] });
    expect(showResult(data({ title: 'A', dokument: 'Budget 2022, Økonomiudvalget' })).document).toBe('Budget 2022, Økonomiudvalget');
    expect('document' in showResult(data({ title: 'A' }))).toBe(false);
  });
});

describe('joining the results of a query\'s searches', () => {
  const id = (result: string) => result;

  it('appends later searches and lists each page once, at its first place', () => {
    expect(mergeResults([{ place: 'append', results: ['konto'] }, { place: 'append', results: ['område', 'konto', 'forside'] }], id)).toEqual([
      'konto',
      'område',
      'forside',
    ]);
  });

  it('puts account pages right after the best page of a word search, above the rest', () => {
    const steps = [
      { place: 'append' as const, results: ['område', 'forside', 'andet'] },
      { place: 'afterFirst' as const, results: ['konti/05-57-71', 'konti/05-57-73'] },
    ];
    expect(mergeResults(steps, id)).toEqual(['område', 'konti/05-57-71', 'konti/05-57-73', 'forside', 'andet']);
  });

  it('lists account pages alone when no other page matched', () => {
    expect(mergeResults([{ place: 'append', results: [] }, { place: 'afterFirst', results: ['konti/05-57-71'] }], id)).toEqual([
      'konti/05-57-71',
    ]);
  });
});

describe('ordering one search\'s results', () => {
  const result = (title: string, locations: number[] = []) => ({
    data: { url: `/${title}/`, excerpt: '', meta: { title }, sub_results: [], locations },
  });
  const titles = (results: { data: ResultData }[]) => results.map((r) => r.data.meta.title);

  it('by account number, for the accounts under the start of a number', () => {
    const found = [result('05.57.78 Dagpenge'), result('05.57.71 Sygedagpenge'), result('05.57.73 Kontanthjælp')];
    expect(titles(orderResults(found, 'account'))).toEqual(['05.57.71 Sygedagpenge', '05.57.73 Kontanthjælp', '05.57.78 Dagpenge']);
  });

  it('by how often the word occurs, for an exact-word search', () => {
    expect(titles(orderResults([result('a', [1]), result('b', [1, 2, 3]), result('c', [])], 'count'))).toEqual(['b', 'a', 'c']);
  });

  it('as found, when no order is asked for', () => {
    expect(titles(orderResults([result('b'), result('a')], undefined))).toEqual(['b', 'a']);
  });
});

describe('excerpt parts', () => {
  it('splits highlighted and plain text and decodes entities', () => {
    expect(excerptParts('Tal &amp; tekst: <mark>brandhaner</mark> &lt;i&gt; &#39;x&#39;')).toEqual([
      { text: 'Tal & tekst: ', mark: false },
      { text: 'brandhaner', mark: true },
      { text: " <i> 'x'", mark: false },
    ]);
  });

  it('never lets markup through as markup', () => {
    const parts = excerptParts('<mark><b>fed</b></mark> <img src=x onerror=alert(1)>');
    expect(parts).toEqual([{ text: 'fed', mark: true }, { text: ' ', mark: false }]);
  });
});

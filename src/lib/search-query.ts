// What to ask Pagefind for a query typed by a reader: one or more searches ("steps"), whose
// results the search UI joins into one list (mergeResults in search-results.ts).
//
// - An account notation is searched as its alias word, which only that account's page carries
//   (account-notation.ts); the start of an account lists the accounts under it in number order.
// - An amount is searched as its alias word, carried by the area it belongs to (amount-notation.ts).
// - Digits that could mean something else too (5773 is also a year-like number, "05 57 73" also
//   three numbers) are searched as typed as well, after the account.
// - Words are respelled to the site's spelling (danish-spelling.ts) and searched on every page but
//   account pages; the account pages whose name matches follow the best page, so a word never
//   puts a two-word account page above the area that discusses it.
// - Two to four capitals (KL, DUT) are an abbreviation: searched as the exact word, so "KL"
//   does not find "klimaplan".
import { readAccountWords } from './account-notation.ts';
import { amountTerm } from './amount-notation.ts';

/** A Pagefind filter object. */
export type Filters = Record<string, unknown>;

/** One search to run, and how its results join the list. */
export interface SearchStep {
  /** What Pagefind searches for. */
  term: string;
  filters: Filters;
  /** "append": after the results so far; "afterFirst": right after the first result so far. */
  place: 'append' | 'afterFirst';
  /** Reorder this step's results: by account number, or by how often the word occurs. */
  order?: 'account' | 'count';
}

/** The Pagefind filter an account page carries. */
export const ACCOUNT_PAGE_FILTER = { name: 'type', value: 'konto' } as const;

/** The same filter as a `data-pagefind-filter` attribute value. */
export const ACCOUNT_PAGE_FILTER_ATTRIBUTE = `${ACCOUNT_PAGE_FILTER.name}:${ACCOUNT_PAGE_FILTER.value}`;

/** The filter and meta key naming a page's document ("Budget 2022, Økonomiudvalget"). */
export const DOCUMENT_KEY = 'dokument';

const NOT_ACCOUNT_PAGES: Filters = { not: { [ACCOUNT_PAGE_FILTER.name]: ACCOUNT_PAGE_FILTER.value } };
const ACCOUNT_PAGES: Filters = { [ACCOUNT_PAGE_FILTER.name]: ACCOUNT_PAGE_FILTER.value };

const ABBREVIATION = /^\p{Lu}{2,4}$/u;

/** Words searched on every page but account pages, then the account pages that match them. */
function wordSteps(term: string, order?: 'count'): SearchStep[] {
  return [
    { term, filters: NOT_ACCOUNT_PAGES, place: 'append', ...(order ? { order } : {}) },
    { term, filters: ACCOUNT_PAGES, place: 'afterFirst' },
  ];
}

/** The searches for a typed query; `respell` maps a word to the site's spelling of it. */
export function planSearch(query: string, respell: (word: string) => string = (word) => word): SearchStep[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  if (words.length === 1 && ABBREVIATION.test(words[0]!)) return wordSteps(`"${words[0]!.toLowerCase()}"`, 'count');

  const tokens = readAccountWords(words);
  const aliased: string[] = [];
  const typed: string[] = [];
  let special = false;
  let ambiguous = false;
  let listing = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.account) {
      special = true;
      ambiguous ||= token.account.ambiguous;
      listing ||= token.account.listing;
      aliased.push(token.account.word);
      typed.push(token.text);
      continue;
    }
    const amount = amountTerm(tokens.slice(i).map((t) => (t.account ? '' : t.text)));
    if (amount) {
      special = true;
      ambiguous = true; // the figure may also be written in the text, on other pages
      aliased.push(amount.word);
      typed.push(...tokens.slice(i, i + amount.length).map((t) => t.text));
      i += amount.length - 1;
      continue;
    }
    const word = respell(token.text);
    aliased.push(word);
    typed.push(word);
  }

  if (!special) return wordSteps(typed.join(' '));
  const steps: SearchStep[] = [
    { term: aliased.join(' '), filters: {}, place: 'append', ...(listing && tokens.length === 1 ? { order: 'account' as const } : {}) },
  ];
  if (ambiguous) steps.push({ term: typed.join(' '), filters: NOT_ACCOUNT_PAGES, place: 'append' });
  return steps;
}

/** The same searches, within one document (the `dokument` filter every page of it carries). */
export function withinDocument(steps: readonly SearchStep[], document: string): SearchStep[] {
  return steps.map((step) => ({ ...step, filters: { ...step.filters, [DOCUMENT_KEY]: document } }));
}

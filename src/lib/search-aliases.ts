// Alias words: hidden words a page carries so search finds it by an account number or an amount
// in any notation (account-notation.ts, amount-notation.ts). Readers never see them: the page
// hides them (SearchAliases.astro), and stripAliases takes them out of result excerpts.
import { accountAliases, FULL_PREFIX, GROUP_PREFIX, SHORT_PREFIX } from './account-notation.ts';
import { AMOUNT_PREFIX, amountAliases, MILLION_PREFIX } from './amount-notation.ts';

export { accountAliases, accountAnchorId } from './account-notation.ts';
export { amountAliases } from './amount-notation.ts';

/** Every alias word for the given accounts (NN.NN.NN) and amounts (whole kroner). */
export function searchAliases(accounts: readonly string[] = [], amounts: readonly number[] = []): string[] {
  return [...new Set([...accounts.flatMap(accountAliases), ...amounts.flatMap(amountAliases)])];
}

/** The word Pagefind indexes for an alias: its letters and digits only ("konto-05.57.73" → "konto055773"). */
export function indexedWord(alias: string): string {
  return alias.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/**
 * For rows listed in page order, the accounts each row is the first to mention: a page may
 * give an id to one element per account, and the first row is where a search hit should land.
 */
export function firstMentions(rows: readonly (readonly string[])[]): string[][] {
  const seen = new Set<string>();
  return rows.map((accounts) => {
    const fresh = accounts.filter((account) => !seen.has(account));
    fresh.forEach((account) => seen.add(account));
    return fresh;
  });
}

// An alias word in an excerpt, highlighted or not, with the space before it.
const PREFIXES = [GROUP_PREFIX, FULL_PREFIX, SHORT_PREFIX, AMOUNT_PREFIX, MILLION_PREFIX].join('|');
const ALIAS_IN_EXCERPT = new RegExp(`\\s*(<mark>)?(${PREFIXES})-(\\d+(?:\\.\\d+)*)(?:-k(?:-\\d+)?|-kr)?\\.?(?:</mark>)?(?![\\w-])`, 'g');

/** The number as the page shows it, for an alias that was highlighted, as a pattern. */
function shownPattern(prefix: string, digits: string): string | undefined {
  const dots = (text: string) => text.replaceAll('.', '\\.');
  if (prefix === FULL_PREFIX) return dots(digits);
  // "57.73" (the short alias) stands for any account ending in it.
  if (prefix === SHORT_PREFIX) return `\\d{2}\\.${dots(digits)}`;
  if (prefix === AMOUNT_PREFIX) return dots(digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
  return undefined;
}

/**
 * Removes alias words from a Pagefind excerpt (readers never see them) and moves their
 * highlight to the number shown beside them: "05.57.73 Kontanthjælp
 * <mark>konto-05.57.73</mark>" → "<mark>05.57.73</mark> Kontanthjælp".
 */
export function stripAliases(excerpt: string): string {
  const highlighted: string[] = [];
  let text = excerpt.replace(ALIAS_IN_EXCERPT, (_, mark: string | undefined, prefix: string, digits: string) => {
    const shown = mark ? shownPattern(prefix, digits) : undefined;
    if (shown) highlighted.push(shown);
    return '';
  });
  for (const shown of new Set(highlighted)) {
    text = text.replace(new RegExp(`(?<![\\d.>])${shown}(?!\\.?\\d|</mark>)`, 'g'), '<mark>$&</mark>');
  }
  return text.trim();
}

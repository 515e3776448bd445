// Function accounts in search: people type an account in several notations (05.57.73, 5.57.73,
// 055773, Danmarks Statistik's 55773, or just 57.73). Pagefind indexes "05.57.73" as the
// digits 055773, which also match amounts like "55.773", and "57.73" becomes 5773 like "5.773".
// So every account is indexed under two alias words that nothing else on the site can produce,
// and every notation in a query is rewritten to one of them before it reaches Pagefind.

/** Digits of an account: hovedkonto (0–9), hovedfunktion and funktion (two digits each). */
interface AccountDigits {
  main: string;
  group: string;
  fn: string;
}

const FULL_PREFIX = 'konto';
const SHORT_PREFIX = 'funktion';

/** Reads an account written NN.NN.NN (the notes' notation); throws on anything else. */
function parseAccount(number: string): AccountDigits {
  const match = /^0(\d)\.(\d{2})\.(\d{2})$/.exec(number);
  if (!match) throw new Error(`expected a function account written NN.NN.NN, got "${number}"`);
  const [, main = '', group = '', fn = ''] = match;
  return { main, group, fn };
}

/**
 * The words a page carries so search finds an account in any notation, e.g. "05.57.73" →
 * ["konto-05.57.73", "funktion-57.73"]. Pagefind indexes them without punctuation.
 */
export function accountAliases(number: string): string[] {
  const { main, group, fn } = parseAccount(number);
  return [`${FULL_PREFIX}-0${main}.${group}.${fn}`, `${SHORT_PREFIX}-${group}.${fn}`];
}

/** The word Pagefind indexes for an alias: its letters and digits only ("konto-05.57.73" → "konto055773"). */
export function indexedWord(alias: string): string {
  return alias.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** The id of the element an account's search hit links to: "05.57.73" → "konto-05-57-73". */
export function accountAnchorId(number: string): string {
  const { main, group, fn } = parseAccount(number);
  return `konto-0${main}-${group}-${fn}`;
}

// A query word is an account when it is written in one of these notations. Dotted forms are
// unambiguous (Danish numbers group digits in threes); five and six digits are the statistics
// notations. A six-digit word must start with 0, as the hovedkonto has one digit.
const FULL_NOTATIONS = [/^0?(\d)\.(\d{2})\.(\d{2})$/, /^0(\d)(\d{2})(\d{2})$/, /^(\d)(\d{2})(\d{2})$/];
const SHORT_NOTATION = /^(\d{2})\.(\d{2})$/;

/** Rewrites one query word to its account alias, or returns it unchanged. */
function normalizeWord(word: string): string {
  for (const notation of FULL_NOTATIONS) {
    const match = notation.exec(word);
    if (match) return `${FULL_PREFIX}0${match[1]}${match[2]}${match[3]}`;
  }
  const short = SHORT_NOTATION.exec(word);
  if (short) return `${SHORT_PREFIX}${short[1]}${short[2]}`;
  return word;
}

/**
 * Rewrites every account notation in a query to the alias word it is indexed under, leaving
 * other words alone: "kontanthjælp 5.57.73" → "kontanthjælp konto055773", "57.73" → "funktion5773".
 */
export function normalizeAccountQuery(query: string): string {
  return query.trim().split(/\s+/).filter(Boolean).map(normalizeWord).join(' ');
}

/** The Pagefind filter an account page carries: account pages answer account numbers only. */
export const ACCOUNT_PAGE_FILTER = { name: 'type', value: 'konto' } as const;

/** The same filter as a `data-pagefind-filter` attribute value. */
export const ACCOUNT_PAGE_FILTER_ATTRIBUTE = `${ACCOUNT_PAGE_FILTER.name}:${ACCOUNT_PAGE_FILTER.value}`;

/**
 * What to ask Pagefind for a query typed by a reader. An account notation is searched as its
 * alias, which only that account's page carries. Words are searched everywhere but on account
 * pages: those are a few words long, and their shortness would rank them above the area whose
 * text actually discusses the word.
 */
export function searchRequest(query: string): { term: string; filters: Record<string, unknown> } {
  const term = normalizeAccountQuery(query);
  const words = query.trim().split(/\s+/).filter(Boolean);
  const hasAccount = term.split(' ').some((word, i) => word !== words[i]);
  return {
    term,
    filters: hasAccount ? {} : { not: { [ACCOUNT_PAGE_FILTER.name]: ACCOUNT_PAGE_FILTER.value } },
  };
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
const ALIAS_IN_EXCERPT = new RegExp(`\\s*(<mark>)?(?:${FULL_PREFIX}|${SHORT_PREFIX})-([\\d.]+)(?:</mark>)?`, 'g');

/**
 * Removes alias words from a Pagefind excerpt (readers never see them) and moves their
 * highlight to the account number shown beside them: "05.57.73 Kontanthjælp
 * <mark>konto-05.57.73</mark>" → "<mark>05.57.73</mark> Kontanthjælp".
 */
export function stripAliases(excerpt: string): string {
  const highlighted: string[] = [];
  let text = excerpt.replace(ALIAS_IN_EXCERPT, (_, mark: string | undefined, digits: string) => {
    if (mark) highlighted.push(digits);
    return '';
  });
  for (const digits of new Set(highlighted)) {
    // "57.73" (the short alias) stands for any account ending in it.
    const shown = digits.length === 5 ? `\\d{2}\\.${digits.replace('.', '\\.')}` : digits.replaceAll('.', '\\.');
    text = text.replace(new RegExp(`(?<![\\d.>])${shown}(?!\\.?\\d|</mark>)`, 'g'), '<mark>$&</mark>');
  }
  return text.trim();
}

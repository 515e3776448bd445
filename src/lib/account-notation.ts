// Function account numbers as people type them into a search box. An account is hovedkonto
// (one digit, written 0N), hovedfunktion and funktion (two digits each): 05.57.73. Staff write
// it 05.57.73, 5.57.73, 055773, 55773 (Danmarks Statistik), 05 57 73, 05-57-73, or without
// the hovedkonto: 57.73, 5773. They also type the start of one (05.57, 5.57, 05.58.8,
// "hovedfunktion 57") and expect the accounts under it.
//
// Pagefind indexes "05.57.73" as the digits 055773, which amounts like "55.773" also produce,
// so account pages carry alias words nothing else on the site can produce (accountAliases),
// and a query names them (accountTerm). Pagefind matches the last letters of a word as a
// prefix, so "konto0557" finds every alias "konto0557NN": one alias serves every prefix.

/** An account number split into its levels. */
export interface AccountNumber {
  /** The whole number in the notes' notation, "05.57.73". */
  number: string;
  /** "05": one digit, 0–9, written with a leading 0. */
  hovedkonto: string;
  /** "57" */
  hovedfunktion: string;
  /** "73" */
  funktion: string;
}

export const FULL_PREFIX = 'konto';
export const SHORT_PREFIX = 'funktion';
export const GROUP_PREFIX = 'hovedfunktion';

/**
 * Splits an account written in the notes' notation, 0N.NN.NN ("05.57.73"), into hovedkonto,
 * hovedfunktion and funktion; throws on anything else (the content schema lets nothing else in).
 */
export function parseAccount(number: string): AccountNumber {
  const match = /^(0\d)\.(\d{2})\.(\d{2})$/.exec(number);
  if (!match) throw new Error(`expected a function account written 0N.NN.NN, got "${number}"`);
  const [, hovedkonto = '', hovedfunktion = '', funktion = ''] = match;
  return { number, hovedkonto, hovedfunktion, funktion };
}

/**
 * The words an account's page carries so search finds it in any notation, e.g. "05.57.73" →
 * ["konto-05.57.73", "funktion-57.73", "hovedfunktion-57"]. Pagefind indexes them without punctuation.
 */
export function accountAliases(number: string): string[] {
  const { hovedfunktion, funktion } = parseAccount(number);
  return [`${FULL_PREFIX}-${number}`, `${SHORT_PREFIX}-${hovedfunktion}.${funktion}`, `${GROUP_PREFIX}-${hovedfunktion}`];
}

/** The id of the element an account's search hit links to: "05.57.73" → "konto-05-57-73". */
export function accountAnchorId(number: string): string {
  const { hovedkonto, hovedfunktion, funktion } = parseAccount(number);
  return `konto-${hovedkonto}-${hovedfunktion}-${funktion}`;
}

/**
 * What a query's account notation asks for: the alias word to search, whether it lists
 * several accounts (to show in number order), and whether the digits could also mean
 * something else (a year, a count, three separate numbers), so the text is searched too.
 */
export interface AccountTerm {
  word: string;
  listing: boolean;
  ambiguous: boolean;
}

const full = (main: string, group: string, fn: string) => `${FULL_PREFIX}0${main}${group}${fn}`;

// Dotted and dashed forms are unambiguous (Danish numbers group digits in threes); five and
// six digits are the statistics notations, and a six-digit one starts with 0 (the hovedkonto
// has one digit). Four digits are hovedfunktion and funktion, or a year: searched both ways.
const NOTATIONS: [RegExp, (m: string[]) => AccountTerm][] = [
  [/^0?(\d)[.-](\d{2})[.-](\d{2})$/, (m) => ({ word: full(m[1]!, m[2]!, m[3]!), listing: false, ambiguous: false })],
  [/^0(\d)(\d{2})(\d{2})$/, (m) => ({ word: full(m[1]!, m[2]!, m[3]!), listing: false, ambiguous: false })],
  [/^(\d)(\d{2})(\d{2})$/, (m) => ({ word: full(m[1]!, m[2]!, m[3]!), listing: false, ambiguous: false })],
  // The start of a funktion: 05.58.8 lists 05.58.80–89.
  [/^0?(\d)[.-](\d{2})[.-](\d)$/, (m) => ({ word: full(m[1]!, m[2]!, m[3]!), listing: true, ambiguous: false })],
  // 0N.NN or N.NN: hovedkonto and hovedfunktion (a hovedfunktion is never written with a leading 0).
  [/^0?(\d)[.-](\d{2})$/, (m) => ({ word: full(m[1]!, m[2]!, ''), listing: true, ambiguous: false })],
  [/^(\d{2})\.(\d{2})$/, (m) => ({ word: `${SHORT_PREFIX}${m[1]}${m[2]}`, listing: false, ambiguous: false })],
  [/^(\d{2})(\d{2})$/, (m) => ({ word: `${SHORT_PREFIX}${m[1]}${m[2]}`, listing: false, ambiguous: true })],
];

/** The account a single query word names, if it is written as one. */
export function accountTerm(word: string): AccountTerm | undefined {
  for (const [notation, term] of NOTATIONS) {
    const match = notation.exec(word);
    if (match) return term(match as unknown as string[]);
  }
  return undefined;
}

/** A query word, or several that together write one account notation. */
export interface QueryWord {
  /** The words as typed. */
  text: string;
  /** The account they name, if any. */
  account?: AccountTerm | undefined;
}

/**
 * Reads a query's words, joining the account notations that span several: "05 57 73"
 * (ambiguous: three separate numbers are possible), "hovedfunktion 57", "hovedkonto 5".
 */
export function readAccountWords(words: readonly string[]): QueryWord[] {
  const out: QueryWord[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const [a = '', b = '', c = ''] = words.slice(i, i + 3);
    const keyword = a.toLowerCase();
    if (/^0?\d$/.test(a) && /^\d{2}$/.test(b) && /^\d{2}$/.test(c)) {
      out.push({ text: `${a} ${b} ${c}`, account: { word: full(a.slice(-1), b, c), listing: false, ambiguous: true } });
      i += 2;
    } else if (keyword === GROUP_PREFIX && /^\d{1,2}$/.test(b)) {
      out.push({ text: `${a} ${b}`, account: { word: `${GROUP_PREFIX}${b.padStart(2, '0')}`, listing: true, ambiguous: false } });
      i += 1;
    } else if (keyword === 'hovedkonto' && /^0?\d$/.test(b)) {
      out.push({ text: `${a} ${b}`, account: { word: full(b.slice(-1), '', ''), listing: true, ambiguous: false } });
      i += 1;
    } else out.push({ text: a, account: accountTerm(a) });
  }
  return out;
}

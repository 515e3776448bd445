// Amounts in kroner as people type them: 989.049.000, 989049000, 989.049.000 kr., 989,0 mio.,
// 989 mio. kr. The pages show amounts in whole kroner ("989.049.000 kr."); a figure rounded to
// millions matches no word on them. So the page an amount belongs to (the area whose net budget
// or part it is) carries alias words for it, exact and in millions rounded to 0, 1 and 2
// decimals, and a query's amount is rewritten to the alias in the same notation.

export const AMOUNT_PREFIX = 'belob';
export const MILLION_PREFIX = 'mio';

/**
 * The words a page carries for an amount it is about: 989049000 →
 * ["belob-989049000-kr", "mio-989-k", "mio-989-k-0", "mio-989-k-05"]. The "k" ends the whole
 * millions, so "989 mio." (mio989k…) cannot match 9.890 mio. by Pagefind's prefix matching.
 */
export function amountAliases(kroner: number): string[] {
  const millions = [0, 1, 2].map((decimals) => {
    const [whole = '', fraction] = (kroner / 1_000_000).toFixed(decimals).split('.');
    return fraction === undefined ? `${MILLION_PREFIX}-${whole}-k` : `${MILLION_PREFIX}-${whole}-k-${fraction}`;
  });
  return [`${AMOUNT_PREFIX}-${kroner}-kr`, ...millions];
}

// Kroner: Danish thousands groups (1.017, 989.049.000) or seven digits and more written plain.
const KRONER = /^(\d{1,3}(?:\.\d{3})+|\d{7,})(?:kr\.?)?$/;
const MILLIONS = /^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))?(mio\.?)?$/;
const MILLION_WORD = /^(?:mio\.?|mill?\.?|millioner|mio\.kr\.?)$/i;
const KRONER_WORD = /^(?:kr\.?|kroner)$/i;

/** An amount read from a query: the alias word for it and how many query words it used. */
export interface AmountTerm {
  word: string;
  length: number;
}

/**
 * The amount that starts at words[0], if the words write one: "989.049.000", "989049000",
 * "989,0 mio.", "989 mio. kr." (a trailing "kr." belongs to it).
 */
export function amountTerm(words: readonly string[]): AmountTerm | undefined {
  const [first = '', second = ''] = words;
  const withKroner = (word: string, used: number) => {
    const next = words[used] ?? '';
    return { word, length: KRONER_WORD.test(next) ? used + 1 : used };
  };
  const kroner = KRONER.exec(first);
  if (kroner && !MILLION_WORD.test(second)) return withKroner(`${AMOUNT_PREFIX}${kroner[1]!.replaceAll('.', '')}kr`, 1);
  const millions = MILLIONS.exec(first.toLowerCase());
  if (!millions) return undefined;
  const [, whole = '', fraction = '', unit] = millions;
  const inline = unit !== undefined;
  if (!inline && !MILLION_WORD.test(second)) return undefined;
  return withKroner(`${MILLION_PREFIX}${whole.replaceAll('.', '')}k${fraction}`, inline ? 1 : 2);
}

// Danish typed without æ, ø and å: on a keyboard or phone without them people write oe, ae, aa
// ("foertidspension", "aeldreomraadet") or plain o and a ("fortidspension"); and loanword
// spellings ("flexjob" for "fleksjob"). Pagefind folds å to a by itself, but not ø or æ, and
// for a word it does not know it matches the word's first letters instead ("oekonomi" finds
// "o.", "fortidspension" finds "for"). So a query word that starts no word of the site is
// respelled to the site's own word, looked up in the site's vocabulary (written next to the
// index at build time): only where the word as typed is unknown, so "for" stays "for".

/** The word with æ, ø, å written ae, oe, aa, and ks as x: the spelling of a keyboard without them. */
function digraphKey(word: string): string {
  return word.replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa').replaceAll('ks', 'x');
}

/** The word with æ, ø, å written a, o, a, and ks as x. */
function plainKey(word: string): string {
  return word.replaceAll('æ', 'a').replaceAll('ø', 'o').replaceAll('å', 'a').replaceAll('ks', 'x');
}

/** The start of `word` whose key (by `key`) is at least `length` letters long. */
function startOf(word: string, length: number, key: (word: string) => string): string {
  for (let end = 1; end <= word.length; end += 1) if (key(word.slice(0, end)).length >= length) return word.slice(0, end);
  return word;
}

/** Respells query words to the site's spelling; built once from the site's words (lower case). */
export function createSpeller(vocabulary: readonly string[]): (word: string) => string {
  const words = [...new Set(vocabulary.map((word) => word.toLowerCase()))];
  const keyed = words.map((word) => ({ word, keys: [digraphKey(word), plainKey(word)] as const }));
  // A word is known when a word of the site starts with it, less an ending Pagefind's stemmer
  // would take off anyway ("budgetter" for "budgettet").
  const known = (word: string) => {
    const start = word.slice(0, Math.max(3, word.length - 2));
    return words.some((w) => w.startsWith(start));
  };
  return (typed: string) => {
    const word = typed.toLowerCase();
    if (!/^[a-z]{3,}$/.test(word) || known(word)) return typed;
    const query = word.replaceAll('ks', 'x');
    let best: { word: string; exact: boolean; key: (word: string) => string } | undefined;
    for (const { word: candidate, keys } of keyed) {
      for (const [n, key] of keys.entries()) {
        if (!key.startsWith(query)) continue;
        const exact = key === query;
        // An exact spelling beats a longer word; among equals, the shorter word.
        if (!best || (exact && !best.exact) || (exact === best.exact && candidate.length < best.word.length)) {
          best = { word: candidate, exact, key: n === 0 ? digraphKey : plainKey };
        }
      }
    }
    if (!best) return typed;
    return best.exact ? best.word : startOf(best.word, query.length, best.key);
  };
}

/**
 * The distinct words of the texts, lower case, for the speller: letters only, and no alias
 * words ("konto-05.57.73", "belob-989049000-kr": letters joined to digits by a hyphen).
 */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLowerCase().match(/(?<!\d-)\p{L}{2,}(?!-\d)/gu) ?? []) words.add(word);
  return [...words].sort();
}

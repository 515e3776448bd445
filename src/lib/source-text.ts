/**
 * Helpers for reading the plain-text extraction of the budget notes
 * (content/sources/kalundborg-budget-2022-bemaerkninger.txt).
 *
 * The extraction hyphenates words at line ends and scatters whitespace-only lines
 * (page breaks, wrap artefacts) through the text. These functions undo that, so the
 * source can be compared with the content files sentence by sentence.
 */

/** A line that ends in a word broken at the line end: a letter or digit, then a hyphen, nothing after it. */
const BROKEN_WORD_END = /[\p{L}\p{N}]-$/u;

/** Joins line-end hyphenation, drops whitespace-only lines, returns trimmed non-empty lines. */
export function sourceLines(raw: string): string[] {
  const out: string[] = [];
  // A line that ends in a broken word, waiting for the next non-blank line to complete it.
  let pending: string | null = null;

  for (const rawLine of raw.split(/\r?\n/)) {
    // Whitespace-only lines can sit between the two halves of a word; skip them entirely.
    if (rawLine.trim() === '') continue;

    let line = rawLine;
    if (pending !== null) {
      const next = rawLine.trimStart();
      if (/^\p{Ll}/u.test(next)) {
        // "beskæfti-" + "gelse": the hyphen only marks the break; drop it and the break.
        line = pending.slice(0, -1) + next;
      } else if (/^\p{N}/u.test(next)) {
        // "0-" + "18 års området": the hyphen belongs to the text; keep it, join without a space.
        line = pending + next;
      } else {
        // Anything else (an uppercase word, a bullet): not a broken word; keep both lines as they are.
        out.push(pending.trim());
      }
      pending = null;
    }

    // Only a hyphen right at the end counts; "ind- " (hyphen, then a space) is a real hyphen.
    if (BROKEN_WORD_END.test(line)) {
      pending = line;
      continue;
    }
    out.push(line.trim());
  }

  if (pending !== null) out.push(pending.trim());
  return out.filter((line) => line !== '');
}

/** Collapses all whitespace runs to one space, strips list bullets (•), trims. */
export function normalizeText(text: string): string {
  return text.replace(/•/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Sentence boundary: end punctuation, whitespace, then an uppercase letter or an opening quote.
 * A digit or a lowercase letter after the point never starts a sentence ("2. halvår", "pr. 1. januar", "bl.a. forsikrede").
 */
const SENTENCE_BOUNDARY = /(?<=[.!?])\s+(?=[\p{Lu}"”“„'])/u;

/** Splits running text into sentences at [.!?] followed by space + uppercase letter/quote (never before a digit or lowercase: "2. halvår", "pr. 1. januar"). */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_BOUNDARY)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

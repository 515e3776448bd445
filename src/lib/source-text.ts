/**
 * Helpers for reading the plain-text extraction of the budget notes
 * (content/sources/kalundborg-budget-2022-bemaerkninger.txt).
 *
 * The extraction hyphenates words at line ends and scatters whitespace-only lines
 * (page breaks, wrap artefacts) through the text. These functions undo that, so the
 * source can be compared with the content files sentence by sentence. The line-level rules
 * live in source-format/, which the importer reads the source through as well.
 */
import { joinedLines } from './source-format/lines.ts';

/** Joins line-end hyphenation, drops whitespace-only lines, returns trimmed non-empty lines (see source-format/lines.ts). */
export function sourceLines(raw: string): string[] {
  return joinedLines(raw).map((line) => line.text);
}

/** A source text as one line, as a quote of it is looked for: hyphenation undone, blank lines dropped, whitespace collapsed. */
export function oneLineSourceText(raw: string): string {
  return normalizeText(sourceLines(raw).join(' '));
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

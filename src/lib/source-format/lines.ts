// The extraction's line level: what a PDF-to-text tool does to the notes and how to undo it.
// Words are hyphenated at line ends, blank and whitespace-only lines (page breaks, wrap
// artefacts) sit anywhere, even between the two halves of a word, and line ends may be CRLF,
// carry trailing spaces or a form feed at a page break. None of that is text.

/** One line of text after hyphenation is undone, with the input line it starts on. */
export interface SourceLine {
  /** The text, trimmed, whitespace runs kept as they are. */
  text: string;
  /** 1-based number of the input line the text starts on. */
  line: number;
  /** True when at least one blank line separates it from the previous line of text. */
  blankBefore: boolean;
}

/** Splits input into physical lines: LF, CRLF or CR ends, a byte order mark dropped. */
export function physicalLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** A line that ends in a word broken at the line end: a letter or digit, then a hyphen, nothing after it. */
const BROKEN_WORD_END = /[\p{L}\p{N}]-$/u;

/** Words that follow a suspended compound ("ind- og udland", "arbejdsgiver- og faglige"). */
const AFTER_SUSPENDED_HYPHEN = /^(?:og|eller)\s/u;

/**
 * How a line ending in a hyphen continues on the next line of text: `join` drops the hyphen
 * ("beskæfti-" + "gelse"), `keep` keeps it and joins without a space ("0-" + "18 års"),
 * `space` keeps it and a space ("ind-" + "og udland"), `none` leaves two lines.
 */
export function hyphenJoin(before: string, after: string): 'join' | 'keep' | 'space' | 'none' {
  if (!BROKEN_WORD_END.test(before)) return 'none';
  const next = after.trimStart();
  // A suspended compound: the hyphen belongs to the text, even when the space after it was trimmed.
  if (AFTER_SUSPENDED_HYPHEN.test(next)) return 'space';
  if (/^\p{Ll}/u.test(next)) return 'join';
  if (/^\p{N}/u.test(next)) return 'keep';
  // An uppercase word, a bullet: not a broken word.
  return 'none';
}

/**
 * Joins line-end hyphenation across blank lines; returns the lines of text with their input
 * line numbers. Only trimmed text is looked at, so trailing spaces change nothing.
 */
export function joinedLines(raw: string): SourceLine[] {
  const out: SourceLine[] = [];
  // A line that ends in a hyphen, waiting for the next line of text to say what the hyphen is.
  let pending: SourceLine | null = null;
  let blank = false;
  physicalLines(raw).forEach((physical, index) => {
    // A form feed is a page break: like a blank line (pdftotext writes none between pages).
    if (physical.includes('\f')) blank = true;
    const text = physical.replace(/\f/g, ' ').trim();
    if (text === '') {
      blank = true;
      return;
    }
    let current: SourceLine = { text, line: index + 1, blankBefore: blank };
    blank = false;
    if (pending !== null) {
      const how = hyphenJoin(pending.text, text);
      if (how === 'join') current = { ...pending, text: pending.text.slice(0, -1) + text };
      else if (how === 'keep') current = { ...pending, text: pending.text + text };
      else if (how === 'space') current = { ...pending, text: `${pending.text} ${text}` };
      else out.push(pending);
      pending = null;
    }
    if (BROKEN_WORD_END.test(current.text)) pending = current;
    else out.push(current);
  });
  if (pending !== null) out.push(pending);
  return out;
}

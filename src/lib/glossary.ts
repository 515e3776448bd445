// The glossary ("Ord og forkortelser") outside Astro's content API: read and validated from its
// YAML file for the Markdown plugin, and the pure text functions that find its terms and the
// capital-letter words it lacks.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formatProblems, zodProblems, type ContentProblem } from './checks.ts';
import { withFieldLine } from './field-line.ts';
import { GlossaryEntrySchema, type GlossaryEntry } from './schemas/glossary.ts';
import { normalizeText } from './source-text.ts';

/** Thrown when the glossary file is not valid; lists every problem. */
export class GlossaryError extends Error {
  // A plain field, not a parameter property: Node's type stripping does not support those.
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(`The glossary is wrong:\n${formatProblems(problems)}`);
    this.name = 'GlossaryError';
    this.problems = problems;
  }
}

/** What the glossary is checked against, where known: the site's documents. */
export interface GlossaryContext {
  /** The documents' folder names: a note on a document must name one of them. */
  documents?: ReadonlySet<string>;
  /** The documents' source texts, each as one line (`oneLineSourceText`): a quote must be in one of them. */
  sources?: readonly string[];
}

/** Validates the glossary's items against `context`; returns the entries and what is wrong (a bad item is left out). */
export function parseGlossary(input: unknown, file: string, context: GlossaryContext = {}): { entries: GlossaryEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  if (!Array.isArray(input)) {
    return { entries: [], problems: [{ file, field: '(root)', expected: 'a list of entries', found: typeof input }] };
  }
  const entries: GlossaryEntry[] = [];
  input.forEach((item, index) => {
    const result = GlossaryEntrySchema.safeParse(item);
    if (result.success) {
      entries.push(result.data);
      problems.push(...noteProblems(result.data, index, file, context.documents), ...quoteProblems(result.data, index, file, context.sources));
    } else {
      // Named from the list: "[3].term".
      problems.push(...zodProblems(file, result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })), input));
    }
  });
  const seenIds = new Set<string>();
  const seenForms = new Map<string, string>();
  entries.forEach((entry) => {
    if (seenIds.has(entry.id)) problems.push({ file, field: `${entry.id}.id`, expected: 'an id used once', found: `"${entry.id}" twice` });
    seenIds.add(entry.id);
    for (const form of formsOf(entry)) {
      const other = seenForms.get(form);
      if (other && other !== entry.id) {
        problems.push({ file, field: `${entry.id}.forms`, expected: 'a form that belongs to one entry', found: `"${form}", also in "${other}"` });
      }
      seenForms.set(form, entry.id);
    }
  });
  return { entries, problems };
}

/** An entry's notes on documents: one per document, each on a document the site has (when known). */
function noteProblems(entry: GlossaryEntry, index: number, file: string, documents: ReadonlySet<string> | undefined): ContentProblem[] {
  const seen = new Set<string>();
  return (entry.notes ?? []).flatMap((note, n) => {
    const field = `[${index}].notes[${n}].document`;
    if (seen.has(note.document)) return [{ file, field, expected: 'one note per document', found: `a second note on "${note.document}"` }];
    seen.add(note.document);
    if (documents && !documents.has(note.document)) {
      return [{ file, field, expected: `the folder name of a document of the site (${[...documents].sort().join(', ')})`, found: `"${note.document}"` }];
    }
    return [];
  });
}

/** An entry's quote of the notes, which must be their own words: in one of the documents' source texts (when known). */
function quoteProblems(entry: GlossaryEntry, index: number, file: string, sources: readonly string[] | undefined): ContentProblem[] {
  const quote = entry.source.quote;
  if (!sources || quote === undefined) return [];
  const words = normalizeText(quote);
  if (sources.some((source) => source.includes(words))) return [];
  return [{ file, field: `[${index}].source.quote`, expected: "the notes' own words, exactly as a document's kildetekst.txt has them (line breaks and hyphenation aside)", found: JSON.stringify(quote) }];
}

/**
 * The glossary in `file` (YAML) and what is wrong with it, each problem at its field's line
 * ("content/ordliste.yaml:57"); `npm run build` checks it with the documents before Astro starts,
 * against them (`context`).
 */
export function checkGlossaryFile(file: string, context: GlossaryContext = {}): { entries: GlossaryEntry[]; problems: ContentProblem[] } {
  let text: string;
  let input: unknown;
  try {
    text = readFileSync(file, 'utf-8');
    input = parse(text);
  } catch (error) {
    // A YAML syntax error: the yaml package gives its line, and a message whose first line says what.
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const found = ((error as Error).message.split('\n')[0] ?? '').replace(/:$/, '');
    return { entries: [], problems: [{ file: line ? `${file}:${line}` : file, field: '(YAML)', expected: 'a readable YAML list of entries', found }] };
  }
  const { entries, problems } = parseGlossary(input, file, context);
  return { entries, problems: problems.map((problem) => withFieldLine(problem, text)) };
}

/** The glossary in `file` (YAML), validated; throws a GlossaryError naming every problem. */
export function readGlossary(file: string): GlossaryEntry[] {
  const { entries, problems } = checkGlossaryFile(file);
  if (problems.length > 0) throw new GlossaryError(problems);
  return entries;
}

// The plugin asks for the glossary once per rendered file; a reading is reused for a second
// (as the account numbers are, src/lib/area-files.ts), so edits are still seen in `astro dev`.
const REUSE_MS = 1000;
const readings = new Map<string, { at: number; entries: GlossaryEntry[] }>();

/** The glossary in `file`, read again at most once a second. */
export function glossaryIn(file: string, now = Date.now()): GlossaryEntry[] {
  const reading = readings.get(file);
  if (reading && now - reading.at < REUSE_MS) return reading.entries;
  const entries = readGlossary(file);
  readings.set(file, { at: now, entries });
  return entries;
}

/** The forms an entry is found by in the text, as written (the term itself when none are given). */
export function formsOf(entry: Pick<GlossaryEntry, 'term' | 'forms'>): string[] {
  return entry.forms ?? [entry.term];
}

/** The spellings to look for: abbreviations exactly; budget words also with a capital first letter. */
function spellings(entry: GlossaryEntry): string[] {
  const forms = formsOf(entry);
  if (entry.kind === 'forkortelse') return forms;
  return [...new Set(forms.flatMap((form) => [form, form.charAt(0).toUpperCase() + form.slice(1), form.charAt(0).toLowerCase() + form.slice(1)]))];
}

// Only the characters a Unicode pattern allows escaped (a "-" stays as it is).
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One use of a glossary term in a text. */
export interface TermMatch {
  entry: GlossaryEntry;
  /** Where the term's form starts and ends in the text (a genitive "s" after it is left out). */
  start: number;
  end: number;
}

// A reading of the glossary is used for every file rendered within its second (glossaryIn), so
// what is made from it is made once per reading: the matcher's pattern and the known words.
const matchers = new WeakMap<readonly GlossaryEntry[], (text: string) => TermMatch[]>();
const knownWords = new WeakMap<readonly GlossaryEntry[], ReadonlySet<string>>();

/** A function that finds every use of the glossary's terms in a text, in order (one per list of entries). */
export function termMatcher(entries: readonly GlossaryEntry[]): (text: string) => TermMatch[] {
  let matcher = matchers.get(entries);
  if (!matcher) {
    matcher = newTermMatcher(entries);
    matchers.set(entries, matcher);
  }
  return matcher;
}

function newTermMatcher(entries: readonly GlossaryEntry[]): (text: string) => TermMatch[] {
  const bySpelling = new Map<string, GlossaryEntry>();
  for (const entry of entries) for (const spelling of spellings(entry)) bySpelling.set(spelling, entry);
  if (bySpelling.size === 0) return () => [];
  // Longest first, so "pris- og lønfremskrevet" wins over any shorter form inside it. A form is a
  // whole word: no letter or digit before it, none after it but a genitive "s" (KMDs, ITs).
  const alternatives = [...bySpelling.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?=s?(?![\\p{L}\\p{N}]))`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      entry: bySpelling.get(match[0]) as GlossaryEntry,
      start: match.index,
      end: match.index + match[0].length,
    }));
}

// An upper-case letter, then letters and digits that are not lower case, then another upper-case letter.
const TWO_CAPITALS_IN_A_WORD = /\p{Lu}[[\p{L}\p{N}]--\p{Ll}]*\p{Lu}/v;

/**
 * The words of a text written in capitals, two letters or more ("KL", "DK2020"), each once, in
 * order; a genitive "s" is not part of the word ("KMDs" is "KMD").
 */
export function capitalWords(text: string): string[] {
  // Such a word has two capitals with no lower-case letter and no break between them; most texts
  // have none, and are done with this one test.
  if (!TWO_CAPITALS_IN_A_WORD.test(text)) return [];
  const words = new Set<string>();
  for (const [token] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = /^[\p{Lu}\p{N}]+s$/u.test(token) ? token.slice(0, -1) : token;
    if ((word.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\p{Ll}/u.test(word)) words.add(word);
  }
  return [...words];
}

/** The capital-letter words the glossary explains: those in its terms and forms (one set per list of entries). */
export function knownCapitalWords(entries: readonly GlossaryEntry[]): ReadonlySet<string> {
  let known = knownWords.get(entries);
  if (!known) {
    known = new Set(entries.flatMap((entry) => [entry.term, ...formsOf(entry)].flatMap(capitalWords)));
    knownWords.set(entries, known);
  }
  return known;
}

/** The capital-letter words of a text that have no glossary entry, each once, in order. */
export function unknownCapitalWords(text: string, entries: readonly GlossaryEntry[]): string[] {
  const known = knownCapitalWords(entries);
  return capitalWords(text).filter((word) => !known.has(word));
}

/**
 * What a reader is told about a term where it is used: its full form, then its explanation, then
 * what the notes of the page's document (`documentId`, its folder name) say about it, if anything.
 */
export function termDescription(entry: Pick<GlossaryEntry, 'fullForm' | 'explanation' | 'notes'>, documentId?: string): string {
  const note = documentId === undefined ? undefined : entry.notes?.find((n) => n.document === documentId);
  const explanation = note ? `${entry.explanation} ${note.text}` : entry.explanation;
  return entry.fullForm ? `${entry.fullForm} – ${explanation}` : explanation;
}

/** The glossary entries used in some texts (a table's labels, quoted passages), each once, in order of first use. */
export function termsIn(texts: readonly string[], entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const find = termMatcher(entries);
  const used = new Map<string, GlossaryEntry>();
  for (const text of texts) for (const { entry } of find(text)) if (!used.has(entry.id)) used.set(entry.id, entry);
  return [...used.values()];
}

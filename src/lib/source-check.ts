// A document against its source text (kildetekst.txt): the content must say what the source says.
// The source is read as the importer reads it (import/parse.ts), so an imported document passes
// by construction, and a hand edit that drops or changes something of the source is caught
// before it is published: an area of the source without a file, a file whose title is no area's,
// a figure, part, account or table cell that differs, a heading or sentence of the text that is
// missing. What the content adds (related areas, a deviation's note, links) is not compared.
// The build's content check (content-check.ts) runs this for every document once the schemas and
// the checks across entries pass.
import { isDeepStrictEqual } from 'node:util';
import { AREA_TEXT_FIELD, fieldName, type ContentProblem } from './checks.ts';
import { ImportError, parseNotes, sourceData, type Block, type ParsedArea, type ParsedNotes } from './import/parse.ts';
import type { AreaData } from './schemas/area.ts';
import type { DocumentData } from './schemas/document.ts';
import { captionFromLeadIn, FRAMEWORK_BUDGET_SENTENCE, leadingAccounts } from './source-format/index.ts';
import { normalizeText, splitSentences } from './source-text.ts';

/** One document as the source check reads it; files are named as problems name them. */
export interface SourceCheckInput {
  /** The source text's file (".../kildetekst.txt") and its text. */
  sourceFile: string;
  source: string;
  /** The facts' file (".../dokument.json") and its facts. */
  factsFile: string;
  facts: DocumentData;
  /** The folder of the area files, for an area of the source that has none. */
  areasFolder: string;
  /** Each area: its file, its data and its text as a reader reads it (a line per heading, paragraph or list item, whitespace collapsed). */
  areas: readonly { file: string; data: AreaData; text: string }[];
}

/** The fields an area takes from its source, in the order they are compared (the title matched the area). */
const SOURCE_FIELDS = ['order', 'netBudget', 'budgetType', 'parts', 'accounts', 'recipients'] as const;


/** A value for a message: JSON, cut short. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
}

const quoted = (text: string) => `"${text.length > 120 ? `${text.slice(0, 117)}…` : text}"`;

/** Where two values differ, leaf by leaf: a field's path with the source's value and the content's, as messages show them. */
function differences(expected: unknown, found: unknown, path: (string | number)[]): { path: (string | number)[]; expected: string; found: string }[] {
  if (isDeepStrictEqual(expected, found)) return [];
  if (Array.isArray(expected) && Array.isArray(found)) {
    if (expected.length === found.length) return expected.flatMap((item, i) => differences(item, found[i], [...path, i]));
    // A list that is longer or shorter: its lengths, and an item only one side has, rather than every item after it.
    const onlyIn = (list: unknown[], other: unknown[]) => list.find((item) => !other.some((candidate) => isDeepStrictEqual(item, candidate)));
    const items = (list: unknown[]) => `${list.length} ${list.length === 1 ? 'item' : 'items'}`;
    const missing = onlyIn(expected, found);
    const extra = onlyIn(found, expected);
    return [
      {
        path,
        expected: `${items(expected)}${missing === undefined ? '' : `, among them ${shown(missing)}`}`,
        found: `${items(found)}${extra === undefined ? '' : `, among them ${shown(extra)}, which the source does not have`}`,
      },
    ];
  }
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isRecord(expected) && isRecord(found)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(found)])];
    return keys.flatMap((key) => differences(expected[key], found[key], [...path, key]));
  }
  return [{ path, expected: shown(expected), found: shown(found) }];
}

/** The source's line a field of an area comes from: its net budget line, its table, the list that names its accounts, the sentence that makes it a framework budget; else its title. */
function sourceLine(parsed: ParsedArea, field: (typeof SOURCE_FIELDS)[number]): number {
  const block = (found: (block: Block) => boolean) => parsed.blocks.find(found)?.line ?? parsed.line;
  switch (field) {
    case 'netBudget':
    case 'parts':
      return parsed.netLine;
    case 'recipients':
      return block((b) => b.kind === 'table');
    case 'accounts':
      return block((b) => b.kind === 'list' && b.items.some((item) => leadingAccounts(item.text).accounts.length > 0));
    case 'budgetType':
      return block((b) => b.kind === 'paragraph' && b.text.includes(FRAMEWORK_BUDGET_SENTENCE));
    case 'order':
      return parsed.line;
  }
}

/** Each heading, and each sentence of a paragraph or list item, of an area's text in the source, with where it is. */
function sourceSentences(blocks: readonly Block[]): { text: string; where: string }[] {
  const sentences = (text: string, where: string) => splitSentences(normalizeText(text)).map((sentence) => ({ text: sentence, where }));
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [{ text: normalizeText(block.text), where: `the heading at line ${block.line}` }];
      case 'paragraph':
        return sentences(block.text, `in the paragraph at line ${block.line}`);
      case 'list':
        return block.items.flatMap((item) => sentences(item.text, `in the list item at line ${item.line}`));
      case 'table':
        return [];
    }
  });
}

/** Everything in which a document's content does not say what its source text says. */
export function sourceProblems(doc: SourceCheckInput): ContentProblem[] {
  let notes: ParsedNotes;
  try {
    notes = parseNotes(doc.source);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const { line, expected, found } = error.problem;
    return [{ file: line > 0 ? `${doc.sourceFile}:${line}` : doc.sourceFile, field: '(source text)', expected: `budget notes as the importer reads them: ${expected}`, found }];
  }
  const problems: ContentProblem[] = [];
  if (notes.title && notes.title !== doc.facts.title) {
    problems.push({ file: doc.factsFile, field: 'title', expected: `${quoted(notes.title)}, the source's title (its text before the first area, ${doc.sourceFile})`, found: shown(doc.facts.title) });
  }
  // Areas are matched by title: the content's titles are the source's.
  const unmatched = new Map<string, ParsedArea[]>();
  for (const parsed of notes.areas) unmatched.set(parsed.title, [...(unmatched.get(parsed.title) ?? []), parsed]);
  for (const area of doc.areas) {
    const parsed = unmatched.get(area.data.title)?.shift();
    if (!parsed) {
      problems.push({ file: area.file, field: 'title', expected: `the title of an area of the source (${doc.sourceFile}), as the source writes it`, found: shown(area.data.title) });
      continue;
    }
    problems.push(...areaProblems(doc.sourceFile, area, parsed));
  }
  for (const parsed of [...unmatched.values()].flat()) {
    problems.push({ file: `${doc.sourceFile}:${parsed.line}`, field: '(area)', expected: `an area file in ${doc.areasFolder} titled ${quoted(parsed.title)}, as the source has this area`, found: 'none' });
  }
  return problems;
}

/**
 * Whether the source itself gives the table's caption: a lead-in sentence ("Nedenstående er
 * redegjort for …") right before the table. Where it does not, the importer writes a caption of its
 * own, which an editor may replace.
 */
function sourceGivesCaption(parsed: ParsedArea): boolean {
  const table = parsed.blocks.findIndex((block) => block.kind === 'table');
  const before = parsed.blocks[table - 1];
  return before?.kind === 'paragraph' && captionFromLeadIn(before.text) !== null;
}

/** An area against the source's area of its title: the fields it takes from the source, then its text. */
function areaProblems(sourceFile: string, area: SourceCheckInput['areas'][number], parsed: ParsedArea): ContentProblem[] {
  const source = sourceData(parsed) as Partial<Record<(typeof SOURCE_FIELDS)[number], unknown>>;
  if (parsed.recipients && area.data.recipients && !sourceGivesCaption(parsed)) {
    source.recipients = { ...parsed.recipients, caption: area.data.recipients.caption };
  }
  const problems: ContentProblem[] = [];
  for (const field of SOURCE_FIELDS) {
    for (const difference of differences(source[field], area.data[field], [field])) {
      problems.push({
        file: area.file,
        field: fieldName(difference.path),
        expected: `${difference.expected}, as the source has it (${sourceFile} line ${sourceLine(parsed, field)})`,
        found: difference.found,
      });
    }
  }
  for (const sentence of sourceSentences(parsed.blocks)) {
    if (!area.text.includes(sentence.text)) {
      const nearest = nearestSentence(sentence.text, area.text);
      problems.push({
        file: area.file,
        field: AREA_TEXT_FIELD,
        expected: `${quoted(sentence.text)} (${sentence.where} of ${sourceFile}), as every heading and sentence of the source is in its area's text`,
        found: nearest ? `a text without it; the nearest is ${quoted(nearest)}` : 'a text without it',
      });
    }
  }
  return problems;
}

const wordsOf = (text: string) => new Set(text.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The sentence of `text` that shares the most words with `sentence` (a changed word, a typo), when
 * it shares at least half of the words of either: it shows an editor what became of the sentence.
 */
function nearestSentence(sentence: string, text: string): string | undefined {
  const wanted = wordsOf(sentence);
  let best: { sentence: string; score: number } | undefined;
  for (const candidate of text.split('\n').flatMap(splitSentences)) {
    const words = wordsOf(candidate);
    const shared = [...wanted].filter((word) => words.has(word)).length;
    const score = shared / Math.max(wanted.size, words.size, 1);
    if (score >= 0.5 && (!best || score > best.score)) best = { sentence: candidate, score };
  }
  return best?.sentence;
}

// The documents and their areas checked as Astro's content sync checks them, without Astro:
// each dokument.json and each area's frontmatter against its schema, then the checks across
// entries that the loaders run (src/lib/collection-checks.ts). `npm run build` runs this before
// Astro starts (src/cli/build.ts): wrong content is reported in about a second instead of after
// Astro's own start-up, and every file's problems at once, where Astro's content sync stops at
// the first file whose data does not match its schema. Each area's text is parsed and its account
// mentions checked too (area-text-check.ts), and, once all that passes, each document is compared
// with its source text (source-check.ts); what only rendering shows (an MDX expression that
// fails) Astro still reports itself. `checkSiteContent` adds the glossary and the site settings:
// everything `npm run build` checks before Astro.
// The frontmatter parser Astro's MDX integration uses, so both read a file the same way.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'astro/zod';
import { accountNumbers } from './accounts.ts';
import { checkAreaText } from './area-text-check.ts';
import { zodProblems, type CheckedEntry, type ContentProblem } from './checks.ts';
import { AreaClaims, areaProblems, areasByDocument, documentProblems, isMisplaced, shown, type AreaEntry } from './collection-checks.ts';
import { DOCUMENT_FILES, type ContentFiles } from './content-dir.ts';
import { documentsOnDisk, type DocumentsFolder } from './documents-folder.ts';
import { fieldLine, withFieldLine } from './field-line.ts';
import { checkGlossaryFile } from './glossary.ts';
import { AreaSchema, type AreaData } from './schemas/area.ts';
import { DocumentSchema, type DocumentData } from './schemas/document.ts';
import { checkSiteSettingsFile } from './site-settings.ts';
import { sourceProblems } from './source-check.ts';
import { oneLineSourceText } from './source-text.ts';

type ZodIssue = z.core.$ZodIssue;

/**
 * A file's schema errors as problems, each with the line of its field (`text` starts on the file's
 * first line: a frontmatter's text starts with the line break after the opening "---"). An unknown
 * key is found on its own line; a missing field on the line of the field around it, if any.
 */
function schemaProblems(file: string, text: string, issues: readonly ZodIssue[], data: unknown): ContentProblem[] {
  return issues.flatMap((issue) => {
    const key = issue.code === 'unrecognized_keys' && issue.keys?.length === 1 ? issue.keys : [];
    const line = fieldLine(text, [...issue.path, ...key]);
    return zodProblems(line ? `${file}:${line}` : file, [issue], data);
  });
}

/** The checks across entries name a file and a field: the line of the field is added where the file's text is at hand. */
function withFieldLines(problems: readonly ContentProblem[], texts: ReadonlyMap<string, string>): ContentProblem[] {
  return problems.map((problem) => withFieldLine(problem, texts.get(problem.file)));
}

/** Every document folder's facts in `folder`, checked against the schema. */
function readDocuments(folder: DocumentsFolder, problems: ContentProblem[], texts: Map<string, string>): { id: string; data: DocumentData }[] {
  const documents: { id: string; data: DocumentData }[] = [];
  for (const path of folder.paths()) {
    const [id, name, ...deeper] = path.split('/');
    if (id === undefined || name !== DOCUMENT_FILES.facts || deeper.length > 0) continue;
    const file = shown(folder.base, path);
    const text = folder.read(path);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({ file, field: '(JSON)', expected: 'valid JSON', found: (error as Error).message });
      continue;
    }
    const result = DocumentSchema.safeParse(json);
    texts.set(file, text);
    if (result.success) documents.push({ id, data: result.data });
    else problems.push(...schemaProblems(file, text, result.error.issues, json));
  }
  return documents;
}

/** The documents and areas of a content folder as the check read them, and what it found wrong. */
export interface CheckedContent {
  /** Every problem found; none when Astro's content sync would accept the content. */
  problems: ContentProblem[];
  /** Each document that matched its schema: its id (the folder's name) and its facts. */
  documents: { id: string; data: DocumentData }[];
  /** The areas whose frontmatter matched their schema, by document id: each one's slug and data. */
  areasByDocument: ReadonlyMap<string, readonly { slug: string; data: AreaData }[]>;
  /** Each document's source text (kildetekst.txt), by document id, where the check compared it with the document. */
  sources: ReadonlyMap<string, string>;
}

/**
 * Checks the documents under `base` (the documents folder, e.g. "./content/dokumenter") as
 * content sync would, and returns every problem found; none when Astro's content sync would
 * accept them. As in the loaders, the checks across entries run once every file has matched
 * its schema.
 */
export function checkContentFolder(base: string): ContentProblem[] {
  return readContentFolder(documentsOnDisk(base)).problems;
}

/** How the check reads the folder. */
export interface ReadOptions {
  /**
   * False for a document checked without the other documents it may refer to (an import, on its
   * own): its account mentions and its links to other documents' areas are then not checked.
   */
  acrossDocuments?: boolean;
}

/**
 * Reads and checks the documents in `folder` (on disk: `documentsOnDisk`, as `checkContentFolder`
 * does) and returns what it read with the problems.
 */
export function readContentFolder(folder: DocumentsFolder, { acrossDocuments = true }: ReadOptions = {}): CheckedContent {
  const { base } = folder;
  // exists(''): the folder itself.
  if (folder.paths().length === 0 && !folder.exists('')) {
    return { problems: [{ file: shown(base, ''), field: '(folder)', expected: 'the documents folder, one sub-folder per document', found: 'no such folder' }], documents: [], areasByDocument: new Map(), sources: new Map() };
  }
  const problems: ContentProblem[] = [];
  // Each file's text (an area's frontmatter), by the name problems give it, for their lines.
  const texts = new Map<string, string>();
  const documents = readDocuments(folder, problems, texts);
  const claims = new AreaClaims();
  const areas: AreaEntry[] = [];
  for (const entry of folder.paths().filter((path) => path.endsWith('.mdx'))) {
    const id = claims.claim(entry);
    if (isMisplaced(id)) continue; // reported by areaProblems
    const file = shown(base, entry);
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      parsed = parseFrontmatter(folder.read(entry), { frontmatter: 'empty-with-spaces' });
    } catch (error) {
      // A YAML syntax error: js-yaml counts lines from the first line after the opening "---".
      const yaml = error as { reason?: string; mark?: { line: number } };
      const at = yaml.mark ? `${file}:${yaml.mark.line + 1}` : file;
      problems.push({ file: at, field: '(frontmatter)', expected: 'valid YAML between the two "---" lines', found: yaml.reason ?? (error as Error).message });
      continue;
    }
    const result = AreaSchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      problems.push(...schemaProblems(file, parsed.rawFrontmatter, result.error.issues, parsed.frontmatter));
      continue;
    }
    texts.set(file, parsed.rawFrontmatter);
    areas.push({ id, file, data: result.data as AreaData, body: parsed.content });
  }
  // The text of every area whose frontmatter matched; its account mentions only when every area's
  // did (the accounts with a page are all the areas' accounts).
  const accounts = problems.length === 0 && acrossDocuments ? accountNumbers(areas) : undefined;
  // Each area's text as a reader reads it, by file, for the comparison with the source.
  const plainTexts = new Map<string, string>();
  for (const area of areas) {
    const { problems: textProblems, plainText } = checkAreaText(area.file, area.body, accounts);
    problems.push(...textProblems);
    if (plainText !== undefined) plainTexts.set(area.file, plainText);
  }
  const byDocument = areasByDocument(areas);
  const read = { documents, areasByDocument: new Map([...byDocument].map(([id, entries]) => [id, entries.map((entry) => ({ slug: entry.id, data: entry.data }))])) };
  if (problems.length > 0) return { problems, ...read, sources: new Map() };
  const acrossEntries = [...documentProblems(base, documents, folder.exists), ...areaProblems(base, claims, byDocument, folder.exists, acrossDocuments)];
  if (acrossEntries.length > 0) return { problems: withFieldLines(acrossEntries, texts), ...read, sources: new Map() };
  // Against the source only what the checks across entries let through: a document whose folder
  // or source text is wrong is reported for that.
  const sources = new Map(documents.map(({ id }) => [id, folder.read(`${id}/${DOCUMENT_FILES.sourceText}`)]));
  const againstSource = documents.flatMap(({ id, data }) => documentSourceProblems(base, id, data, sources.get(id) ?? '', byDocument.get(id) ?? [], plainTexts));
  return { problems: withFieldLines(againstSource, texts), ...read, sources };
}

/** A document's areas against its source text `source` (source-check.ts). */
function documentSourceProblems(base: string, id: string, facts: DocumentData, source: string, entries: readonly CheckedEntry[], plainTexts: ReadonlyMap<string, string>): ContentProblem[] {
  return sourceProblems({
    sourceFile: shown(base, `${id}/${DOCUMENT_FILES.sourceText}`),
    source,
    factsFile: shown(base, `${id}/${DOCUMENT_FILES.facts}`),
    facts,
    areasFolder: shown(base, `${id}/${DOCUMENT_FILES.areas}/`),
    areas: entries.map((entry) => ({ file: entry.file, data: entry.data, text: plainTexts.get(entry.file) ?? '' })),
  });
}


/**
 * Everything `npm run build` checks before Astro: the documents (as `readContentFolder`), the
 * glossary (once the documents have passed, its notes on documents must name one of them and its
 * quotes must be in their source texts) and the site settings. Returns what it read of the
 * documents and every problem. `documents` is the documents folder as read (by default from disk;
 * the importer hands it with the document it is about to write, documents-folder.ts).
 */
export function checkSiteContent(files: ContentFiles, documents: DocumentsFolder = documentsOnDisk(files.documents)): { content: CheckedContent; problems: ContentProblem[] } {
  const content = readContentFolder(documents);
  // Once the documents have passed, the glossary is checked against them: its notes name them, its quotes are their words.
  const context =
    content.problems.length === 0
      ? { documents: new Set(content.documents.map(({ id }) => id)), sources: [...content.sources.values()].map(oneLineSourceText) }
      : {};
  return {
    content,
    problems: [...content.problems, ...checkGlossaryFile(files.glossary, context).problems, ...checkSiteSettingsFile(files.siteSettings).problems],
  };
}

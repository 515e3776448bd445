// From the parsed notes to the files of one document folder: facts, areas (with the editorial
// additions of an earlier import merged back) and the source text, validated the way the build
// validates them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { partsStatus, partsSum } from '../budget.ts';
import { formatKroner } from '../format.ts';
import { formatProblems, type ContentProblem } from '../checks.ts';
import { checkSiteContent, readContentFolder } from '../content-check.ts';
import type { ContentFiles } from '../content-dir.ts';
import { documentsOnDisk, noDocuments, withDocument } from '../documents-folder.ts';
import type { AreaData } from '../schemas/area.ts';
import { slugify } from '../slug.ts';
import { importText } from '../../i18n/da.ts';
import { areaMdx } from './mdx.ts';
import { IMPORTED_FIELDS, parseNotes, sourceData, type ImportWarning, type ParsedArea } from './parse.ts';

/** What the command line says about the document (the source does not say it). */
export interface DocumentOptions {
  municipality: string;
  committee: string;
  year: number;
  stage: string;
}

/** The files of a document folder, by path inside the folder. */
export type DocumentFiles = Map<string, string>;

/** One imported area: its slug, its data, its text blocks as read, its file. */
export interface ImportedArea {
  slug: string;
  data: AreaData & Record<string, unknown>;
  parsed: ParsedArea;
  /** Editorial fields taken over from the existing document. */
  kept: string[];
}

/** A whole imported document, ready to be written. */
export interface ImportedDocument {
  /** Folder name: "<year>-<slug(committee)>". */
  id: string;
  facts: Record<string, unknown>;
  areas: ImportedArea[];
  files: DocumentFiles;
  warnings: (ImportWarning & { area?: string })[];
  /** Problems the build's schemas and checks find; an import with any is not written. */
  problems: ContentProblem[];
}

/** File names inside a document folder. */
export const FOLDER = { facts: 'dokument.json', sourceText: 'kildetekst.txt', areas: 'omraader' } as const;

/** The folder name of a document: "2022-oekonomiudvalget". */
export function documentId(year: number, committee: string): string {
  return `${year}-${slugify(committee)}`;
}

/** An area's file slug from its title: Danish kebab-case, a closing "m.v." left out. */
export function areaSlug(title: string): string {
  return slugify(title.replace(/\s*m\.\s?v\.?\s*$/u, '')) || 'omraade';
}

/** An existing document folder as far as re-importing needs it: each area's slug and frontmatter, and the facts. */
export interface ExistingDocument {
  facts: Record<string, unknown> | null;
  areas: { slug: string; data: Record<string, unknown> }[];
}

/** Reads an existing document folder (or null when there is none). */
export function readExisting(folder: string): ExistingDocument | null {
  if (!existsSync(folder)) return null;
  const factsFile = join(folder, FOLDER.facts);
  const facts = existsSync(factsFile) ? (JSON.parse(readFileSync(factsFile, 'utf-8')) as Record<string, unknown>) : null;
  const areaDir = join(folder, FOLDER.areas);
  const areas = existsSync(areaDir)
    ? readdirSync(areaDir)
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => ({
          slug: basename(name, '.mdx'),
          data: parseFrontmatter(readFileSync(join(areaDir, name), 'utf-8')).frontmatter as Record<string, unknown>,
        }))
    : [];
  return { facts, areas };
}

/**
 * Parses, assembles and validates a document; throws ImportError on input it cannot place. Given
 * the site's `content`, the document is validated among the site's other documents.
 */
export function importDocument(raw: string, options: DocumentOptions, existing: ExistingDocument | null = null, content?: ContentFiles): ImportedDocument {
  const notes = parseNotes(raw);
  const id = documentId(options.year, options.committee);
  const warnings: ImportedDocument['warnings'] = [];
  const previous = new Map((existing?.areas ?? []).map((a) => [String(a.data.title ?? ''), a]));
  const taken = new Set<string>();

  const areas = notes.areas.map((parsed): ImportedArea => {
    const before = previous.get(parsed.title);
    previous.delete(parsed.title);
    let slug = before?.slug ?? areaSlug(parsed.title);
    for (let n = 2; taken.has(slug); n += 1) slug = `${before?.slug ?? areaSlug(parsed.title)}-${n}`;
    taken.add(slug);

    const data: AreaData & Record<string, unknown> = { ...sourceData(parsed) };
    const kept: string[] = [];
    const status = partsStatus(data);
    if (status.kind === 'undeclared') {
      const note = (before?.data.partsDeviation as { note?: unknown } | undefined)?.note;
      data.partsDeviation = { amount: status.difference, note: typeof note === 'string' && note ? note : importText.partsDeviationNote };
      if (typeof note === 'string' && note) kept.push('partsDeviation.note');
      warnings.push({
        area: parsed.title,
        line: parsed.netLine,
        message: `parts add up to ${formatKroner(partsSum(parsed.parts))}, ${formatKroner(Math.abs(status.difference))} ${status.difference > 0 ? 'more' : 'less'} than the net budget ${formatKroner(parsed.netBudget)}: imported as the source states them, with a partsDeviation and a note for readers`,
      });
    } else if (status.kind === 'rounding') {
      warnings.push({ area: parsed.title, line: parsed.netLine, message: `parts add up to ${formatKroner(status.sum)}, ${formatKroner(Math.abs(status.difference))} off the net budget ${formatKroner(parsed.netBudget)}: rounding, shown as such` });
    }
    // Editorial fields (related areas, links across years, …) are not in the source: take them over.
    for (const [key, value] of Object.entries(before?.data ?? {})) {
      if (!(IMPORTED_FIELDS as readonly string[]).includes(key) && value !== undefined) {
        data[key] = value;
        kept.push(key);
      }
    }
    if (parsed.statementYear !== null && parsed.statementYear !== options.year) {
      warnings.push({ area: parsed.title, line: parsed.netLine, message: `the net budget line names the year ${parsed.statementYear}, not ${options.year}` });
    }
    warnings.push(...parsed.warnings.map((w) => ({ ...w, area: parsed.title })));
    return { slug, data, parsed, kept };
  });
  for (const [title] of previous) {
    warnings.push({ line: 0, message: `the existing document's area "${title}" is not in the new text; its file and editorial fields are dropped` });
  }

  const facts: Record<string, unknown> = {
    municipality: options.municipality,
    committee: options.committee,
    budgetYear: options.year,
    stage: options.stage,
    title: notes.title || importText.defaultTitle,
    source: { title: `${notes.title || importText.defaultTitle}, Budget ${options.year}, ${options.committee}` },
  };
  // Settings an editor added to the facts (not from the command line or the source) stay.
  for (const [key, value] of Object.entries(existing?.facts ?? {})) if (!(key in facts)) facts[key] = value;

  const files: DocumentFiles = new Map();
  files.set(FOLDER.facts, `${JSON.stringify(facts, null, 2)}\n`);
  files.set(FOLDER.sourceText, raw);
  for (const area of areas) files.set(`${FOLDER.areas}/${area.slug}.mdx`, areaMdx(area.data, area.parsed.blocks));

  const validated = validateDocument(id, files, content);
  if (validated.unrelated.length > 0) {
    warnings.push({ line: 0, message: `the content has ${validated.unrelated.length} problem(s) this import does not cause, which \`npm run build\` will stop on:\n${formatProblems(validated.unrelated)}` });
  }
  return { id, facts, areas, files, warnings, problems: [...readBackProblems(id, areas, files), ...validated.problems] };
}

/** Each area whose written frontmatter does not read back as the imported data (a fault of the writer, mdx.ts). */
function readBackProblems(id: string, areas: readonly ImportedArea[], files: DocumentFiles): ContentProblem[] {
  return areas.flatMap((area) => {
    const path = `${FOLDER.areas}/${area.slug}.mdx`;
    const { frontmatter } = parseFrontmatter(files.get(path) ?? '');
    if (isDeepStrictEqual(frontmatter, JSON.parse(JSON.stringify(area.data)))) return [];
    return [{ file: `${id}/${path}`, field: '(frontmatter)', expected: 'the written frontmatter to read back as the imported data', found: JSON.stringify(frontmatter) }];
  });
}

/**
 * The build's own check (src/lib/content-check.ts) over a document's files as they would be
 * written (`files`, by path in the folder `id`), so what the build would refuse is refused here,
 * before anything is written. First the document on its own: the schemas, the checks across its
 * areas, each area's text parsed as MDX, the comparison with its source text (its account
 * mentions and links to other documents left out: they may name what another document holds).
 * Then, given the site's `content`, the whole content with this document in its folder (account
 * mentions, links across documents, the glossary's quotes of the sources): what the content
 * already had without the import is not the import's doing, and comes back as `unrelated`.
 */
export function validateDocument(id: string, files: DocumentFiles, content?: ContentFiles): { problems: ContentProblem[]; unrelated: ContentProblem[] } {
  const alone = readContentFolder(withDocument(noDocuments(content?.documents ?? ''), id, files), { acrossDocuments: false }).problems;
  if (alone.length > 0 || !content) return { problems: alone, unrelated: [] };
  const before = new Set(checkSiteContent(content).problems.map(problemKey));
  const after = checkSiteContent(content, withDocument(documentsOnDisk(content.documents), id, files)).problems;
  return {
    problems: after.filter((problem) => !before.has(problemKey(problem))),
    unrelated: after.filter((problem) => before.has(problemKey(problem))),
  };
}

/** A problem as one line, to tell the same problem before and after the import: without its line number, which a re-import may move. */
const problemKey = (problem: ContentProblem) => formatProblems([{ ...problem, file: problem.file.replace(/:\d+(?::\d+)?$/, '') }]);

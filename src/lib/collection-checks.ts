// The checks on whole collections that the content loaders run during content sync
// (src/lib/area-loader.ts), as plain functions: the build's content check runs them too, before
// Astro starts (src/lib/content-check.ts). Nothing here imports Astro.
// A document is a folder `<documents dir>/<budgetYear>-<committee slug>/` holding its facts
// (dokument.json), its source text (kildetekst.txt) and its areas (omraader/*.mdx).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkAreas, type CheckedEntry, type ContentProblem } from './checks.ts';
import { DOCUMENT_FILES } from './content-dir.ts';
import { AreaSlug, type AreaData } from './schemas/area.ts';
import type { DocumentData } from './schemas/document.ts';
import { slugify } from './slug.ts';

/** The folder name a document must have: "<budgetYear>-<committee slug>", e.g. "2022-oekonomiudvalget". */
export function documentFolderName(facts: Pick<DocumentData, 'budgetYear' | 'committee'>): string {
  return `${facts.budgetYear}-${slugify(facts.committee)}`;
}

/** An area file's place: `<document>/omraader/<slug>.mdx`, split; undefined for any other path. */
export function areaFilePlace(entry: string): { document: string; slug: string } | undefined {
  const match = new RegExp(`^([^/]+)/${DOCUMENT_FILES.areas}/([^/]+)\\.mdx$`).exec(entry.replaceAll('\\', '/'));
  return match ? { document: match[1] ?? '', slug: match[2] ?? '' } : undefined;
}

/** A path under the documents folder as problems name it: from the project, e.g. "content/dokumenter/…". */
export function shown(base: string, path: string): string {
  const dir = base.replace(/^\.\//, '').replace(/\/$/, '');
  return dir ? `${dir}/${path}` : path;
}

/** Whether a file is there, by its path under the documents folder (the content check may read a folder not yet written: documents-folder.ts). */
export type FileExists = (path: string) => boolean;

/** `FileExists` for the documents folder `base` on disk, as the loaders read it. */
const onDisk = (base: string): FileExists => (path) => existsSync(join(base, path));

/** The documents' checks across entries: folder names, source texts, one document per year and committee. */
export function documentProblems(base: string, entries: readonly { id: string; data: DocumentData }[], exists: FileExists = onDisk(base)): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (entries.length === 0) {
    problems.push({ file: shown(base, `*/${DOCUMENT_FILES.facts}`), field: '(collection)', expected: 'at least one document folder with a dokument.json', found: 'none' });
  }
  for (const entry of entries) {
    const file = shown(base, `${entry.id}/${DOCUMENT_FILES.facts}`);
    const folder = documentFolderName(entry.data);
    if (entry.id !== folder) {
      problems.push({ file, field: '(folder name)', expected: `the folder to be named "${folder}" after budgetYear and committee`, found: `"${entry.id}"` });
    }
    if (!exists(`${entry.id}/${DOCUMENT_FILES.sourceText}`)) {
      problems.push({ file: shown(base, `${entry.id}/${DOCUMENT_FILES.sourceText}`), field: '(file)', expected: 'the source text of the document beside dokument.json', found: 'no such file' });
    }
  }
  // Two folders for one year and committee would publish at one address.
  const byAddress = new Map<string, string>();
  for (const entry of entries) {
    const folder = documentFolderName(entry.data);
    const other = byAddress.get(folder);
    if (other) problems.push({ file: shown(base, `${entry.id}/${DOCUMENT_FILES.facts}`), field: 'budgetYear', expected: 'one document per budget year and committee', found: `the same year and committee as ${shown(base, other)}` });
    else byAddress.set(folder, entry.id);
  }
  return problems;
}

/**
 * Which area file claimed each id ("<document>/<slug>"), and the files that are not where an
 * area belongs: kept while the files are read, so misplaced files and duplicates are reported
 * instead of one silently replacing another.
 */
export class AreaClaims {
  readonly byId = new Map<string, string[]>();
  readonly misplaced: string[] = [];

  /** An area file's id, from its path under the documents folder; a misplaced file's id starts with MISPLACED. */
  claim(entry: string): string {
    const place = areaFilePlace(entry);
    if (!place) {
      this.misplaced.push(entry);
      return `${MISPLACED}${entry}`;
    }
    const id = `${place.document}/${place.slug}`;
    this.byId.set(id, [...new Set([...(this.byId.get(id) ?? []), entry])]);
    return id;
  }
}

/** An area entry as loaded: its id ("<document>/<slug>"), its file, its validated data and its MDX body. */
export interface AreaEntry {
  id: string;
  file: string;
  data: AreaData;
  body: string;
}

/** Where misplaced files' ids start (see `AreaClaims.claim`): they are reported, not loaded. */
const MISPLACED = '(misplaced)/';

/** Whether an id is a misplaced file's (`AreaClaims.claim`). */
export const isMisplaced = (id: string) => id.startsWith(MISPLACED);

/**
 * The areas that matched the schema, by document folder, as the checks take them: an entry's id
 * is "<document>/<slug>" (`AreaClaims.claim`); misplaced files are left out.
 */
export function areasByDocument(entries: Iterable<AreaEntry>): Map<string, CheckedEntry[]> {
  const byDocument = new Map<string, CheckedEntry[]>();
  for (const { id, file, data, body } of entries) {
    if (isMisplaced(id)) continue;
    const [document = '', slug = ''] = id.split('/');
    const list = byDocument.get(document) ?? [];
    list.push({ file, id: slug, data, body });
    byDocument.set(document, list);
  }
  return byDocument;
}

/**
 * The areas' checks across entries: file places and names, each area's document, then the
 * checks per document (src/lib/checks.ts) and the links across documents (unless `links` is
 * false: a document checked without the others it may link to). `byDocument` holds the entries
 * whose data matched the schema, by document folder.
 */
export function areaProblems(
  base: string,
  claims: AreaClaims,
  byDocument: ReadonlyMap<string, CheckedEntry[]>,
  exists: FileExists = onDisk(base),
  links = true,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of claims.misplaced) {
    problems.push({ file: shown(base, entry), field: '(file path)', expected: `an area file at <document folder>/${DOCUMENT_FILES.areas}/<slug>.mdx`, found: `"${entry}"` });
  }
  for (const [id, files] of claims.byId) {
    const [document = '', slug = ''] = id.split('/');
    if (!AreaSlug.safeParse(slug).success) {
      problems.push({ file: shown(base, files[0] ?? id), field: '(file name)', expected: 'a Danish kebab-case slug such as "boern-og-familie.mdx" (a-z, 0-9, hyphens; æ→ae, ø→oe, å→aa)', found: `"${slug}"` });
    }
    if (files.length > 1) {
      problems.push({ file: shown(base, files[1] ?? id), field: '(file name)', expected: 'a slug no other area of the document has', found: `"${slug}", which ${shown(base, files[0] ?? id)} has too` });
    }
    if (!exists(`${document}/${DOCUMENT_FILES.facts}`)) {
      problems.push({ file: shown(base, files[0] ?? id), field: '(document)', expected: `a ${DOCUMENT_FILES.facts} in ${shown(base, document)}/ with the document's facts`, found: 'none' });
    }
  }
  if (byDocument.size === 0) {
    problems.push({ file: shown(base, `*/${DOCUMENT_FILES.areas}/*.mdx`), field: '(collection)', expected: 'at least one budget area', found: 'no .mdx files' });
  }
  for (const entries of byDocument.values()) problems.push(...checkAreas(entries));
  if (links) problems.push(...checkAreaLinks([...byDocument].flatMap(([document, entries]) => entries.map((entry) => ({ document, entry })))));
  return problems;
}

/** Checks `sameAreaAs` links across documents: each names an existing area of another document. */
export function checkAreaLinks(areas: readonly { document: string; entry: CheckedEntry }[]): ContentProblem[] {
  const ids = new Set(areas.map(({ document, entry }) => `${document}/${entry.id}`));
  const problems: ContentProblem[] = [];
  for (const { document, entry } of areas) {
    (entry.data.sameAreaAs ?? []).forEach((target, i) => {
      if (target.startsWith(`${document}/`)) {
        problems.push({ file: entry.file, field: `sameAreaAs[${i}]`, expected: 'an area of another document (use "related" within a document)', found: `"${target}"` });
      } else if (!ids.has(target)) {
        problems.push({ file: entry.file, field: `sameAreaAs[${i}]`, expected: 'an existing area written "<document folder>/<slug>", e.g. "2022-oekonomiudvalget/beredskab"', found: `"${target}"` });
      }
    });
  }
  return problems;
}

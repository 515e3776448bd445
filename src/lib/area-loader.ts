// The content's loaders: Astro's glob loader plus the checks that need all entries at once.
// Running them here, during content sync, stops the build before a single page is written.
// A document is a folder `content/dokumenter/<budgetYear>-<committee slug>/` holding its facts
// (dokument.json), its source text (kildetekst.txt) and its areas (omraader/*.mdx).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkAreas, ContentError, type CheckedEntry, type ContentProblem } from './checks.ts';
import { DOCUMENT_FILES } from './content-dir.ts';
import { AreaSlug, type AreaData } from './schemas/area.ts';
import type { DocumentData } from './schemas/document.ts';
import { slugify } from './slug.ts';

export { ContentError };

/** The folder name a document must have: "<budgetYear>-<committee slug>", e.g. "2022-oekonomiudvalget". */
export function documentFolderName(facts: Pick<DocumentData, 'budgetYear' | 'committee'>): string {
  return `${facts.budgetYear}-${slugify(facts.committee)}`;
}

/** An area file's place: `<document>/omraader/<slug>.mdx`, split; undefined for any other path. */
export function areaFilePlace(entry: string): { document: string; slug: string } | undefined {
  const match = new RegExp(`^([^/]+)/${DOCUMENT_FILES.areas}/([^/]+)\\.mdx$`).exec(entry.replaceAll('\\', '/'));
  return match ? { document: match[1] ?? '', slug: match[2] ?? '' } : undefined;
}

const shown = (base: string, path: string) => `${base.replace(/^\.\//, '').replace(/\/$/, '')}/${path}`;

/** Loads every document's `dokument.json` under `base`; an entry's id is its folder name. */
export function documentLoader(base: string): Loader {
  const inner = glob({
    base,
    pattern: `*/${DOCUMENT_FILES.facts}`,
    generateId: ({ entry }) => entry.replaceAll('\\', '/').split('/')[0] ?? entry,
  });
  return {
    name: 'budget-document-loader',
    load: async (context) => {
      await inner.load(context);
      const problems: ContentProblem[] = [];
      const entries = [...context.store.values()];
      if (entries.length === 0) {
        problems.push({ file: shown(base, `*/${DOCUMENT_FILES.facts}`), field: '(collection)', expected: 'at least one document folder with a dokument.json', found: 'none' });
      }
      for (const entry of entries) {
        const data = entry.data as DocumentData;
        const file = shown(base, `${entry.id}/${DOCUMENT_FILES.facts}`);
        const folder = documentFolderName(data);
        if (entry.id !== folder) {
          problems.push({ file, field: '(folder name)', expected: `the folder to be named "${folder}" after budgetYear and committee`, found: `"${entry.id}"` });
        }
        if (!existsSync(join(base, entry.id, DOCUMENT_FILES.sourceText))) {
          problems.push({ file: shown(base, `${entry.id}/${DOCUMENT_FILES.sourceText}`), field: '(file)', expected: 'the source text of the document beside dokument.json', found: 'no such file' });
        }
      }
      // Two folders for one year and committee would publish at one address.
      const byAddress = new Map<string, string>();
      for (const entry of entries) {
        const folder = documentFolderName(entry.data as DocumentData);
        const other = byAddress.get(folder);
        if (other) problems.push({ file: shown(base, `${entry.id}/${DOCUMENT_FILES.facts}`), field: 'budgetYear', expected: 'one document per budget year and committee', found: `the same year and committee as ${shown(base, other)}` });
        else byAddress.set(folder, entry.id);
      }
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}

/**
 * Loads `<document>/omraader/*.mdx` under `base`. An entry's id is "<document>/<slug>"; the file
 * name is the slug, a Danish kebab-case word. Checks run per document: the same slug in two
 * documents is normal, within one it is an error.
 */
export function areaLoader(base: string): Loader {
  // Remember which file claimed each id, to report misplaced files and duplicates instead of
  // letting one silently replace another.
  let claims = new Map<string, string[]>();
  let misplaced: string[] = [];
  const inner = glob({
    base,
    pattern: '**/*.mdx',
    generateId: ({ entry }) => {
      const place = areaFilePlace(entry);
      if (!place) {
        misplaced.push(entry);
        return `(misplaced)/${entry}`;
      }
      const id = `${place.document}/${place.slug}`;
      claims.set(id, [...new Set([...(claims.get(id) ?? []), entry])]);
      return id;
    },
  });
  return {
    name: 'budget-area-loader',
    load: async (context) => {
      claims = new Map();
      misplaced = [];
      await inner.load(context);
      const problems: ContentProblem[] = [];
      for (const entry of misplaced) {
        problems.push({ file: shown(base, entry), field: '(file path)', expected: `an area file at <document folder>/${DOCUMENT_FILES.areas}/<slug>.mdx`, found: `"${entry}"` });
      }
      const byDocument = new Map<string, CheckedEntry[]>();
      for (const entry of context.store.values()) {
        if (entry.id.startsWith('(misplaced)/')) continue;
        const [document = '', slug = ''] = entry.id.split('/');
        const list = byDocument.get(document) ?? [];
        list.push({ file: entry.filePath ?? entry.id, id: slug, data: entry.data as AreaData, body: entry.body ?? '' });
        byDocument.set(document, list);
      }
      for (const [id, files] of claims) {
        const [document = '', slug = ''] = id.split('/');
        if (!AreaSlug.safeParse(slug).success) {
          problems.push({ file: shown(base, files[0] ?? id), field: '(file name)', expected: 'a Danish kebab-case slug such as "boern-og-familie.mdx" (a-z, 0-9, hyphens; æ→ae, ø→oe, å→aa)', found: `"${slug}"` });
        }
        if (files.length > 1) {
          problems.push({ file: shown(base, files[1] ?? id), field: '(file name)', expected: 'a slug no other area of the document has', found: `"${slug}", which ${shown(base, files[0] ?? id)} has too` });
        }
        if (!existsSync(join(base, document, DOCUMENT_FILES.facts))) {
          problems.push({ file: shown(base, files[0] ?? id), field: '(document)', expected: `a ${DOCUMENT_FILES.facts} in ${shown(base, document)}/ with the document's facts`, found: 'none' });
        }
      }
      if (byDocument.size === 0) {
        problems.push({ file: shown(base, `*/${DOCUMENT_FILES.areas}/*.mdx`), field: '(collection)', expected: 'at least one budget area', found: 'no .mdx files' });
      }
      for (const entries of byDocument.values()) problems.push(...checkAreas(entries));
      problems.push(...checkAreaLinks([...byDocument].flatMap(([document, entries]) => entries.map((entry) => ({ document, entry })))));
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
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

// The areas' loader: Astro's glob loader plus the checks that need all entries at once.
// Running them here, during content sync, stops the build before a single page is written.
import { basename } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkAreas, formatProblems, type CheckedEntry, type ContentProblem } from './checks.ts';
import { AreaSlug, type AreaData } from './schemas/area.ts';

/** Thrown when content is wrong; the message lists every problem with file and field. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(`The budget content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
  }
}

/** Loads `*.mdx` under `base`; an entry's id is its file name, which must be a Danish kebab-case slug. */
export function areaLoader(base: string): Loader {
  // Ids come from file names alone, so two files with one name in different folders would
  // silently replace each other; remember which file claimed each id to report that instead.
  let claims = new Map<string, string[]>();
  const inner = glob({
    base,
    pattern: '**/*.mdx',
    generateId: ({ entry }) => {
      const id = basename(entry, '.mdx');
      claims.set(id, [...new Set([...(claims.get(id) ?? []), entry])]);
      return id;
    },
  });
  return {
    name: 'budget-area-loader',
    load: async (context) => {
      claims = new Map();
      await inner.load(context);
      const problems: ContentProblem[] = [];
      const where = (path: string) => `${base.replace(/^\.\//, '').replace(/\/$/, '')}/${path}`;
      for (const [id, files] of claims) {
        if (!AreaSlug.safeParse(id).success) {
          problems.push({ file: where(files[0] ?? id), field: '(file name)', expected: 'a Danish kebab-case slug such as "boern-og-familie.mdx" (a-z, 0-9, hyphens; æ→ae, ø→oe, å→aa)', found: `"${id}"` });
        }
        if (files.length > 1) {
          problems.push({ file: where(files[1] ?? id), field: '(file name)', expected: 'a slug no other area has', found: `"${id}", which ${where(files[0] ?? id)} has too` });
        }
      }
      const entries: CheckedEntry[] = context.store.values().map((entry) => ({
        file: entry.filePath ?? entry.id,
        id: entry.id,
        data: entry.data as AreaData,
        body: entry.body ?? '',
      }));
      if (entries.length === 0) {
        problems.push({ file: where('*.mdx'), field: '(collection)', expected: 'at least one budget area', found: 'no .mdx files' });
      }
      problems.push(...checkAreas(entries));
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}

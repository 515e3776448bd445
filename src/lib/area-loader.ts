// The content's loaders: Astro's glob loader plus the checks that need all entries at once
// (src/lib/collection-checks.ts). Running them here, during content sync, stops the build before
// a single page is written; `npm run build` runs the same checks before Astro starts
// (src/lib/content-check.ts), so these find only what that check let through.
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { ContentError } from './checks.ts';
import { AreaClaims, areaProblems, areasByDocument, documentProblems } from './collection-checks.ts';
import { DOCUMENT_FILES, type ContentFiles } from './content-dir.ts';
import type { AreaData } from './schemas/area.ts';
import type { DocumentData } from './schemas/document.ts';

export { ContentError };

// The dev server's content watch (one per process: a new content sync replaces it).
let stopWatching: (() => void) | undefined;

/**
 * Loads every document's `dokument.json` in the documents folder of `files`; an entry's id is its
 * folder name. In `astro dev`, it also runs the build's whole content check on `files` at the start
 * and after every change, and prints what it finds (dev-content-check.ts).
 */
export function documentLoader(files: ContentFiles): Loader {
  const base = files.documents;
  const inner = glob({
    base,
    pattern: `*/${DOCUMENT_FILES.facts}`,
    generateId: ({ entry }) => entry.replaceAll('\\', '/').split('/')[0] ?? entry,
  });
  return {
    name: 'budget-document-loader',
    load: async (context) => {
      await inner.load(context);
      if (context.watcher) {
        // Loaded only in dev: a build has run the same check before Astro started (src/cli/build.ts).
        const { watchContent } = await import('./dev-content-check.ts');
        stopWatching?.();
        stopWatching = watchContent(context.watcher, files, context.logger);
      }
      const entries = [...context.store.values()].map((entry) => ({ id: entry.id, data: entry.data as DocumentData }));
      const problems = documentProblems(base, entries);
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
  let claims = new AreaClaims();
  const inner = glob({ base, pattern: '**/*.mdx', generateId: ({ entry }) => claims.claim(entry) });
  return {
    name: 'budget-area-loader',
    load: async (context) => {
      claims = new AreaClaims();
      await inner.load(context);
      const entries = [...context.store.values()].map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: entry.data as AreaData, body: entry.body ?? '' }));
      const problems = areaProblems(base, claims, areasByDocument(entries));
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}

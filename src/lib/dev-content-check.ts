// `astro dev`: the whole content check of `npm run build` (src/lib/content-check.ts), run when the
// dev server starts and again after every saved change to the content, with its problems printed
// in the terminal. Astro's own loaders reload a changed file on their own and check only that
// file's schema, so without this a dropped sentence, a figure that no longer matches kildetekst.txt
// or a related area that was renamed away would show up only when the site is built.
import { resolve, sep } from 'node:path';
import type { FSWatcher } from 'vite';
import { formatProblems, type ContentProblem } from './checks.ts';
import { checkSiteContent, type ContentFiles } from './content-check.ts';

/** Where the check's findings go (Astro's logger for the content layer). */
export interface CheckLogger {
  info(message: string): void;
  error(message: string): void;
}

/** How long after the last change the check runs: an editor's "save all" is one check. */
export const SETTLE_MS = 150;

/** What one check found, as the terminal shows it. */
export function checkReport(problems: readonly ContentProblem[]): { ok: boolean; message: string } {
  if (problems.length === 0) return { ok: true, message: 'Content check: the documents, their source texts, the glossary and the site settings agree.' };
  return {
    ok: false,
    message: `Content check: ${problems.length} problem(s); \`npm run build\` would stop on these:\n${formatProblems(problems)}`,
  };
}

/**
 * Runs the content check now and after every change under the content folders that `files` name,
 * and logs what it finds. Returns a function that stops watching.
 */
export function watchContent(watcher: FSWatcher, files: ContentFiles, logger: CheckLogger, check = checkSiteContent): () => void {
  const run = () => {
    try {
      const { ok, message } = checkReport(check(files).problems);
      if (ok) logger.info(message);
      else logger.error(message);
    } catch (error) {
      // A check that fails outright must not take the dev server down with it.
      logger.error(`Content check: could not run: ${(error as Error).stack ?? error}`);
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The documents' folder and everything in it, the glossary file and the settings file.
  const watched = [files.documents, files.glossary, files.siteSettings].map((path) => resolve(path));
  const onEvent = (path: string) => {
    const changed = resolve(path);
    if (!watched.some((target) => changed === target || changed.startsWith(`${target}${sep}`))) return;
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  };
  watcher.add(watched);
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onEvent);
  run();
  return () => {
    clearTimeout(timer);
    for (const event of ['change', 'add', 'unlink'] as const) watcher.off(event, onEvent);
  };
}

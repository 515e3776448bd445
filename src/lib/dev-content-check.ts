// `astro dev`: the whole content check of `npm run build` (src/lib/content-check.ts), run when the
// dev server starts and again after every saved change to the content, with its problems printed
// in the terminal. Astro's own loaders reload a changed file on their own and check only that
// file's schema, so without this a dropped sentence, a figure that no longer matches kildetekst.txt
// or a related area that was renamed away would show up only when the site is built.
import { resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FSWatcher } from 'vite';
import { formatProblems, type ContentProblem } from './checks.ts';
import type { ContentFiles } from './content-dir.ts';
import type { WorkerAnswer } from './dev-content-worker.ts';

/** Where the check's findings go (Astro's logger for the content layer). */
export interface CheckLogger {
  info(message: string): void;
  error(message: string): void;
}

/** How long after the last change the check runs: an editor's "save all" is one check. */
export const SETTLE_MS = 150;

/** A content check: the problems in `files`. */
export type ContentCheck = (files: ContentFiles) => { problems: readonly ContentProblem[] } | Promise<{ problems: readonly ContentProblem[] }>;

/** The build's check (`checkSiteContent`) in a worker thread of its own (dev-content-worker.ts), so the dev server goes on answering meanwhile. */
export function checkInWorker(files: ContentFiles): Promise<{ problems: readonly ContentProblem[] }> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL('./dev-content-worker.ts', import.meta.url), { workerData: files });
    worker.once('message', (answer: WorkerAnswer) => ('error' in answer ? reject(new Error(answer.error)) : resolvePromise(answer)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the check's worker ended (exit code ${code}) without an answer`)));
  });
}

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
 * and logs what it finds; one check at a time (changes during a check make one more after it).
 * Returns a function that stops watching.
 */
export function watchContent(watcher: FSWatcher, files: ContentFiles, logger: CheckLogger, check: ContentCheck = checkInWorker): () => void {
  let running = false;
  let again = false;
  let stopped = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const { ok, message } = checkReport((await check(files)).problems);
      if (!stopped) (ok ? logger.info : logger.error).call(logger, message);
    } catch (error) {
      // A check that fails outright must not take the dev server down with it.
      if (!stopped) logger.error(`Content check: could not run: ${(error as Error).stack ?? error}`);
    } finally {
      running = false;
    }
    if (again && !stopped) {
      again = false;
      void run();
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
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
    for (const event of ['change', 'add', 'unlink'] as const) watcher.off(event, onEvent);
  };
}

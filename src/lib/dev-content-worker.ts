// The dev server's content check, in a worker thread of its own (dev-content-check.ts): the check
// reads and parses every document (0.3 s for one document, seconds for hundreds), which would
// otherwise hold up the dev server's answers meanwhile. Plain Node runs it, as it runs the build's
// check; the worker checks the files it is given once, answers and ends.
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentProblem } from './checks.ts';
import { checkSiteContent } from './content-check.ts';
import type { ContentFiles } from './content-dir.ts';

/** What the worker answers. */
export type WorkerAnswer = { problems: ContentProblem[] } | { error: string };

let answer: WorkerAnswer;
try {
  answer = { problems: checkSiteContent(workerData as ContentFiles).problems };
} catch (error) {
  answer = { error: (error as Error).stack ?? String(error) };
}
parentPort?.postMessage(answer);

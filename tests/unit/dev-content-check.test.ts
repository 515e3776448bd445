// The dev server's content check: run at the start and once after each burst of saved changes to
// the content, never for other files, with its problems (or that there are none) in the terminal.
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FSWatcher } from 'vite';
import type { ContentProblem } from '../../src/lib/checks.ts';
import type { ContentFiles } from '../../src/lib/content-check.ts';
import { checkReport, SETTLE_MS, watchContent } from '../../src/lib/dev-content-check.ts';

const FILES: ContentFiles = { documents: 'content/dokumenter', glossary: 'content/ordliste.yaml', siteSettings: 'content/site.json' };
const PROBLEM: ContentProblem = { file: 'content/dokumenter/2022-x/omraader/a.mdx:4', field: 'netBudget', expected: '23287000', found: '23287001' };

/** A watcher as far as the check uses one: the files it was asked to watch, and events to send. */
function fakeWatcher() {
  const emitter = new EventEmitter();
  const added: string[] = [];
  const watcher = Object.assign(emitter, { add: (paths: string | string[]) => added.push(...[paths].flat()) });
  return { watcher: watcher as unknown as FSWatcher, emitter, added };
}

describe('the content check in astro dev', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp(results: ContentProblem[][]) {
    const { watcher, emitter, added } = fakeWatcher();
    const log: string[] = [];
    const logger = { info: (m: string) => log.push(`info: ${m}`), error: (m: string) => log.push(`error: ${m}`) };
    const check = vi.fn(() => ({ problems: results.shift() ?? [] }));
    const stop = watchContent(watcher, FILES, logger, check as never);
    return { emitter, added, log, check, stop };
  }

  it('checks at the start and watches the documents, the glossary and the settings', () => {
    const { added, log, check } = setUp([[]]);
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith(FILES);
    expect(added).toEqual([resolve(FILES.documents), resolve(FILES.glossary), resolve(FILES.siteSettings)]);
    expect(log).toEqual([`info: ${checkReport([]).message}`]);
  });

  it('checks once after a burst of changes to the content, and reports each problem with its file and field', () => {
    const { emitter, log, check } = setUp([[], [PROBLEM]]);
    emitter.emit('change', resolve('content/dokumenter/2022-x/omraader/a.mdx'));
    emitter.emit('change', resolve('content/dokumenter/2022-x/kildetekst.txt'));
    emitter.emit('unlink', resolve('content/dokumenter/2022-x/omraader/b.mdx'));
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(check).toHaveBeenCalledTimes(2);
    expect(log[1]).toBe(
      'error: Content check: 1 problem(s); `npm run build` would stop on these:\ncontent/dokumenter/2022-x/omraader/a.mdx:4: field "netBudget": expected 23287000; found 23287001.',
    );
  });

  it('says so when a change has put the content right again', () => {
    const { emitter, log } = setUp([[PROBLEM], []]);
    emitter.emit('change', resolve(FILES.glossary));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(log.map((line) => line.split(':')[0])).toEqual(['error', 'info']);
  });

  it('ignores files outside the content, and a folder that only starts like the documents folder', () => {
    const { emitter, check } = setUp([[]]);
    emitter.emit('change', resolve('src/pages/index.astro'));
    emitter.emit('change', resolve('content/dokumenter-gammel/x.mdx'));
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('reports a check that fails outright, and goes on watching', () => {
    const { watcher, emitter } = fakeWatcher();
    const log: string[] = [];
    const logger = { info: (m: string) => log.push(`info: ${m}`), error: (m: string) => log.push(`error: ${m}`) };
    let calls = 0;
    const check = () => {
      calls += 1;
      if (calls === 2) throw new Error('kildetekst.txt could not be read');
      return { problems: [] };
    };
    watchContent(watcher, FILES, logger, check as never);
    emitter.emit('change', resolve(FILES.glossary));
    vi.advanceTimersByTime(SETTLE_MS);
    emitter.emit('change', resolve(FILES.glossary));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(log.map((line) => line.split(':').slice(0, 3).join(':'))).toEqual([
      'info: Content check: the documents, their source texts, the glossary and the site settings agree.',
      'error: Content check: could not run',
      'info: Content check: the documents, their source texts, the glossary and the site settings agree.',
    ]);
    expect(log[1]).toContain('kildetekst.txt could not be read');
  });

  it('stops checking once stopped', () => {
    const { emitter, check, stop } = setUp([[]]);
    emitter.emit('change', resolve(FILES.siteSettings));
    stop();
    emitter.emit('change', resolve(FILES.siteSettings));
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(check).toHaveBeenCalledTimes(1);
  });
});

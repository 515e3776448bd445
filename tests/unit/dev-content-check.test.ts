// The dev server's content check: run at the start and once after each burst of saved changes to
// the content, never for other files, one at a time, with its problems (or that there are none) in
// the terminal; the check itself runs in a worker thread.
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FSWatcher } from 'vite';
import type { ContentProblem } from '../../src/lib/checks.ts';
import type { ContentFiles } from '../../src/lib/content-dir.ts';
import { checkInWorker, checkReport, SETTLE_MS, watchContent, type ContentCheck } from '../../src/lib/dev-content-check.ts';

const FILES: ContentFiles = { documents: 'content/dokumenter', glossary: 'content/ordliste.yaml', siteSettings: 'content/site.json' };
const PROBLEM: ContentProblem = { file: 'content/dokumenter/2022-x/omraader/a.mdx:4', field: 'netBudget', expected: '23287000', found: '23287001' };
const AGREE = `info: ${checkReport([]).message}`;

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

  async function setUp(check: ContentCheck) {
    const { watcher, emitter, added } = fakeWatcher();
    const log: string[] = [];
    const logger = { info: (m: string) => log.push(`info: ${m}`), error: (m: string) => log.push(`error: ${m}`) };
    const spy = vi.fn(check);
    const stop = watchContent(watcher, FILES, logger, spy);
    await vi.advanceTimersByTimeAsync(0);
    return { emitter, added, log, check: spy, stop };
  }
  /** A check that finds, in turn, each list of problems (none once they are used up). */
  const finding = (results: ContentProblem[][]) => () => ({ problems: results.shift() ?? [] });

  it('checks at the start and watches the documents, the glossary and the settings', async () => {
    const { added, log, check } = await setUp(finding([[]]));
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith(FILES);
    expect(added).toEqual([resolve(FILES.documents), resolve(FILES.glossary), resolve(FILES.siteSettings)]);
    expect(log).toEqual([AGREE]);
  });

  it('checks once after a burst of changes to the content, and reports each problem with its file and field', async () => {
    const { emitter, log, check } = await setUp(finding([[], [PROBLEM]]));
    emitter.emit('change', resolve('content/dokumenter/2022-x/omraader/a.mdx'));
    emitter.emit('change', resolve('content/dokumenter/2022-x/kildetekst.txt'));
    emitter.emit('unlink', resolve('content/dokumenter/2022-x/omraader/b.mdx'));
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(check).toHaveBeenCalledTimes(2);
    expect(log[1]).toBe(
      'error: Content check: 1 problem(s); `npm run build` would stop on these:\ncontent/dokumenter/2022-x/omraader/a.mdx:4: field "netBudget": expected 23287000; found 23287001.',
    );
  });

  it('says so when a change has put the content right again', async () => {
    const { emitter, log } = await setUp(finding([[PROBLEM], []]));
    emitter.emit('change', resolve(FILES.glossary));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(log.map((line) => line.split(':')[0])).toEqual(['error', 'info']);
  });

  it('ignores files outside the content, and a folder that only starts like the documents folder', async () => {
    const { emitter, check } = await setUp(finding([[]]));
    emitter.emit('change', resolve('src/pages/index.astro'));
    emitter.emit('change', resolve('content/dokumenter-gammel/x.mdx'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('runs one check at a time: changes while one runs make one more after it', async () => {
    let finish: (() => void) | undefined;
    const slow: ContentCheck = () => new Promise((done) => (finish = () => done({ problems: [] })));
    const { emitter, check, log } = await setUp(slow);
    emitter.emit('change', resolve(FILES.siteSettings));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    emitter.emit('change', resolve(FILES.glossary));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(check).toHaveBeenCalledTimes(1);
    finish?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(2);
    finish?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(2);
    expect(log).toEqual([AGREE, AGREE]);
  });

  it('reports a check that fails outright, and goes on watching', async () => {
    let calls = 0;
    const failingOnce: ContentCheck = () => {
      calls += 1;
      if (calls === 2) throw new Error('kildetekst.txt could not be read');
      return { problems: [] };
    };
    const { emitter, log } = await setUp(failingOnce);
    emitter.emit('change', resolve(FILES.glossary));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    emitter.emit('change', resolve(FILES.glossary));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(log.map((line) => line.split(':').slice(0, 3).join(':'))).toEqual([AGREE, 'error: Content check: could not run', AGREE]);
    expect(log[1]).toContain('kildetekst.txt could not be read');
  });

  it('stops checking once stopped', async () => {
    const { emitter, check, stop } = await setUp(finding([[]]));
    emitter.emit('change', resolve(FILES.siteSettings));
    stop();
    emitter.emit('change', resolve(FILES.siteSettings));
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    expect(check).toHaveBeenCalledTimes(1);
  });
});

describe('the check in its worker thread', () => {
  const root = mkdtempSync(join(tmpdir(), 'budget-dev-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(resolve(import.meta.dirname, '../../content'), join(root, 'content'), { recursive: true });
  const files: ContentFiles = { documents: join(root, 'content/dokumenter'), glossary: join(root, 'content/ordliste.yaml'), siteSettings: join(root, 'content/site.json') };

  it('finds nothing in the site\'s content, and the problem in a changed copy', async () => {
    expect((await checkInWorker(files)).problems).toEqual([]);
    const area = join(files.documents, '2022-oekonomiudvalget/omraader/beredskab.mdx');
    writeFileSync(area, readFileSync(area, 'utf-8').replace('netBudget: 12982000', 'netBudget: 12982001'));
    const { problems } = await checkInWorker(files);
    expect(problems.map((p) => [p.file.slice(root.length + 1), p.field, p.found])).toEqual([['content/dokumenter/2022-oekonomiudvalget/omraader/beredskab.mdx:4', 'netBudget', '12982001']]);
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { runSideBySide } from '../../src/after-build/passes.ts';

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('the passes after the build, side by side', () => {
  it('runs them at the same time and prints each one’s line with its count and time', async () => {
    const lines: string[] = [];
    const started: string[] = [];
    await runSideBySide(
      [
        { run: async () => (started.push('footers'), later(30, 38)), done: (n) => `Wrote print footers for ${n} pages` },
        { run: async () => (started.push('index'), later(5, 33)), done: (n) => `Indexed ${n} pages` },
      ],
      (line) => lines.push(line),
    );
    expect(started).toEqual(['footers', 'index']);
    // The quicker pass reports first: neither waited for the other to start.
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Indexed 33 pages in \d+\.\d\ds\.$/);
    expect(lines[1]).toMatch(/^Wrote print footers for 38 pages in \d+\.\d\ds\.$/);
  });

  it('lets every pass finish before it fails, and names every failure', async () => {
    let slowFinished = false;
    const failing = runSideBySide(
      [
        { run: () => Promise.reject(new Error('page.html has no h1')), done: () => 'footers' },
        { run: async () => later(30, 1).then((n) => ((slowFinished = true), n)), done: () => 'index' },
        { run: () => Promise.reject(new Error('Pagefind found no pages')), done: () => 'other' },
      ],
      () => {},
    );
    await expect(failing).rejects.toThrow('page.html has no h1\nPagefind found no pages');
    expect(slowFinished).toBe(true);
  });
});

// Every endpoint (a route file in src/pages ending in .ts) writes a file, and its address ends in
// that file's extension. Under `trailingSlash: 'always'`, `astro dev` answers an endpoint whose
// extension comes from a parameter (`[file].ts`) only with a slash after it (`omraader.csv/`), so
// the pages' download links gave 404 there; the extension belongs in the route's file name.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGES = resolve(import.meta.dirname, '../../src/pages');
const endpoints = (readdirSync(PAGES, { recursive: true, encoding: 'utf-8' }) as string[]).filter((path) => path.endsWith('.ts')).map((path) => path.replaceAll('\\', '/'));

describe('the endpoints', () => {
  it('are there (the data files and data packages for `astro dev`, the source texts)', () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(5);
  });

  it('each name their file’s extension after any parameter, as in "[stem].csv.ts"', () => {
    const withoutExtension = endpoints.filter((path) => !/\.[a-z]+$/.test(path.replace(/\.ts$/, '').split('/').at(-1)?.replace(/^.*\]/, '') ?? ''));
    expect(withoutExtension).toEqual([]);
  });
});

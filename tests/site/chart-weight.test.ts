// Byte budgets for JavaScript, per page: a chart page ships at most 60 KB gzipped in total,
// and a page without charts gets none of the chart module. Sizes are deterministic, so this
// is a test, not a benchmark.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fileOf, listPages, pageScripts, readPage } from '../support/site.ts';

const CHART_PAGE_BUDGET = 60_000;
// 2.0 → 2.1 KB on purpose (issue 13): the print button now first asks whether the page prints itself
// (the booklet does, with page numbers), the same rise as in tests/site/budgets.test.ts.
const PLAIN_PAGE_BUDGET = 2_100;

/** A string only Chart.js's own code contains: where it is, the chart module is. */
const CHART_JS_MARK = 'Canvas is already in use';

/** Every JS file a page loads with it; dynamic import()s load later, on demand, and are not counted. */
const scriptsOf = (path: string): string[] => [...pageScripts(path)].map((file) => fileOf(file));

const gzipped = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

describe('JavaScript weight per page', () => {
  let chartPages: string[] = [];
  let plainPages: string[] = [];

  beforeAll(() => {
    assertBuilt();
    const pages = listPages();
    chartPages = pages.filter((path) => readPage(path).querySelector('figure[data-chart]'));
    plainPages = pages.filter((path) => !chartPages.includes(path));
  });

  it('finds the chart pages: the front page, the document overview, the four areas with parts, the recipient area and the booklet', () => {
    expect(chartPages).toEqual([
      '',
      '2022/oekonomiudvalget/',
      '2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/',
      '2022/oekonomiudvalget/omraader/digitalisering-og-it/',
      '2022/oekonomiudvalget/omraader/hr-og-personale/',
      '2022/oekonomiudvalget/omraader/ledelse-jura-og-kommunikation/',
      '2022/oekonomiudvalget/omraader/oekonomi/',
      '2022/oekonomiudvalget/udskriv/',
    ]);
  });

  it(`ships at most ${CHART_PAGE_BUDGET} bytes of gzipped JS on a chart page, the chart module included`, () => {
    for (const path of chartPages) {
      const files = scriptsOf(path);
      expect(files.some((file) => readFileSync(file, 'utf-8').includes(CHART_JS_MARK)), path).toBe(true);
      expect(gzipped(files), path).toBeLessThanOrEqual(CHART_PAGE_BUDGET);
    }
  });

  it(`ships no chart code, and at most ${PLAIN_PAGE_BUDGET} bytes of gzipped JS, on a page without charts`, () => {
    for (const path of plainPages) {
      const files = scriptsOf(path);
      expect(files.filter((file) => readFileSync(file, 'utf-8').includes(CHART_JS_MARK)), path).toEqual([]);
      expect(gzipped(files), path).toBeLessThanOrEqual(PLAIN_PAGE_BUDGET);
    }
  });
});

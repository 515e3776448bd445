// The charts in Chromium: they draw, show the same numbers as their tables, respect reduced
// motion, print at print size, and leave caption, summary and table when JS is off.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageOptions } from '../support/page-pool.ts';
import { useServedSite } from '../support/served-site.ts';
import { assertBuilt, readPage, textOf } from '../support/site.ts';

const FRONT = '';
const RECIPIENTS = '2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/';
const PARTS = ['digitalisering-og-it', 'hr-og-personale', 'ledelse-jura-og-kommunikation', 'oekonomi'].map((id) => `2022/oekonomiudvalget/omraader/${id}/`);
const CHART_PAGES = [FRONT, RECIPIENTS, ...PARTS];
/** The single-series bars' colour in the light scheme (--chart-series-0, src/styles/base.css), as RGB. */
const BAR_RGB = [0x00, 0x4b, 0x87] as const;

/** What a canvas shows: how many pixels are painted, and how many in the bars' colour. */
async function canvasInk(page: Page): Promise<{ painted: number; bar: number; total: number }[]> {
  return page.$$eval(
    'figure[data-chart] canvas',
    (canvases, rgb) =>
      canvases.map((canvas) => {
        const { data } = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height);
        let painted = 0;
        let bar = 0;
        for (let i = 0; i < data.length; i += 4) {
          if ((data[i + 3] ?? 0) > 0) painted += 1;
          if (Math.abs((data[i] ?? 0) - rgb[0]) < 8 && Math.abs((data[i + 1] ?? 0) - rgb[1]) < 8 && Math.abs((data[i + 2] ?? 0) - rgb[2]) < 8 && (data[i + 3] ?? 0) > 250) bar += 1;
        }
        return { painted, bar, total: data.length / 4 };
      }),
    BAR_RGB,
  );
}

describe('chart figures in the built HTML', () => {
  beforeAll(() => assertBuilt());

  it('give every chart a caption, a summary in words, a named canvas and its data table', () => {
    for (const path of CHART_PAGES) {
      const page = readPage(path);
      const figures = page.querySelectorAll('figure[data-chart]');
      expect(figures.length, path).toBe(1);
      for (const figure of figures) {
        expect(figure.firstElementChild?.tagName, path).toBe('FIGCAPTION');
        const canvas = figure.querySelector('canvas');
        expect(canvas?.getAttribute('role'), path).toBe('img');
        // The figure is named by its caption (title and summary); the canvas by a short name of
        // its own, so the summary is read once.
        const caption = figure.querySelector('figcaption');
        expect(textOf(caption?.querySelector('.chart__title')).length, path).toBeGreaterThan(10);
        expect(textOf(caption?.querySelector('.chart__summary')), path).toMatch(/\.$/);
        expect(canvas?.getAttribute('aria-labelledby'), path).toBeFalsy();
        expect(canvas?.getAttribute('aria-label'), path).toBe('Søjlediagram over tallene i tabellen');
        expect(figure.querySelectorAll('table tbody tr[data-chart-label]').length, path).toBeGreaterThan(1);
        // Hidden until drawn: without JS there is no empty chart box.
        expect(figure.querySelector('.chart__visual')?.hasAttribute('hidden'), path).toBe(true);
      }
      // Only bundled files: a CSP of script-src 'self' must not block anything.
      for (const script of page.querySelectorAll('script')) expect(script.getAttribute('src'), path).toBeTruthy();
    }
  });

  it('sums each chart up in one sentence computed from its data', () => {
    const summary = (path: string) => textOf(readPage(path).querySelector('figure[data-chart] .chart__summary'));
    expect(summary(FRONT)).toBe('Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse har det største nettobudget: 989.049.000 kr., 72,8 % af i alt.');
    expect(summary('2022/oekonomiudvalget/omraader/oekonomi/')).toBe('Fælles er den største del: 54.691.000 kr., 69,1 % af delene i alt.');
    expect(summary(RECIPIENTS)).toBe(
      'Førtidspension har flest modtagere i Budget 2022 (2.848); fra Budget 2021 til Budget 2022 stiger Sygedagpenge mest (+166), mens Dagpenge til forsikrede ledige falder mest (-116).',
    );
  });

  it('keeps the Digitalisering og IT difference in sight next to its parts', () => {
    const figure = readPage('2022/oekonomiudvalget/omraader/digitalisering-og-it/').querySelector('figure[data-chart]');
    expect(textOf(figure?.querySelector('tfoot'))).toBe('Delene i alt 42.490.000 kr. 100,0 %');
    expect(textOf(figure)).toContain('Delene er tilsammen 151.000 kr. mere end nettobudgettet på 42.339.000 kr.');
  });

  it('shows a change from 0 as "–" with the reason, never Infinity or NaN', () => {
    const table = readPage(RECIPIENTS).querySelector('table#modtagertabel');
    const senior = table?.querySelectorAll('tbody tr').find((tr) => textOf(tr).includes('Seniorpension'));
    expect(textOf(senior)).toBe('05.48.65 Seniorpension 0 164 205 +41 +25,0 % +205 – (kan ikke beregnes, antallet i udgangsåret er 0)');
    expect(textOf(table)).not.toMatch(/Infinity|NaN|∞/);
    expect(textOf(readPage(RECIPIENTS).querySelector('.recipient-table'))).toContain('fordi antallet i udgangsåret er 0');
  });
});

describe('charts in Chromium', () => {
  const site = useServedSite();

  /** Opens a page, collecting console errors, and waits until every chart on it is drawn. */
  async function open(path: string, options: PageOptions = {}): Promise<{ page: Page; errors: string[] }> {
    const page = await site.page({ reducedMotion: 'reduce', ...options });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(site.server.url + path);
    const figures = readPage(path).querySelectorAll('figure[data-chart]').length;
    if (options.javaScriptEnabled !== false) {
      await page.waitForFunction((n) => document.querySelectorAll('figure[data-chart-state="drawn"]').length === n, figures);
    }
    return { page, errors };
  }

  for (const path of CHART_PAGES) {
    it(`draws every chart without console errors, with the same numbers as its table: /${path}`, async () => {
      const { page, errors } = await open(path, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
      const ink = await canvasInk(page);
      expect(ink.length).toBeGreaterThan(0);
      for (const { painted, bar, total } of ink) {
        expect(painted / total).toBeGreaterThan(0.02);
        expect(bar).toBeGreaterThan(100);
      }
      expect(errors).toEqual([]);
      // The figure is named by its caption (title and summary); the canvas is an image with a
      // short name of its own, so the summary is read once.
      const title = await page.locator('figure[data-chart] .chart__title').innerText();
      await expect(page.getByRole('figure', { name: title }).count()).resolves.toBe(1);
      await expect(page.getByRole('img', { name: 'Søjlediagram over tallene i tabellen', exact: true }).count()).resolves.toBe(1);

      // The chart shows the same numbers as its table.
      const figures = await page.$$eval('figure[data-chart]', (figures) =>
        figures.map((figure) => {
          const canvas = figure.querySelector('canvas') as HTMLCanvasElement & {
            chart?: { data: { labels: string[]; datasets: { label: string; data: number[] }[] } };
          };
          const data = canvas.chart?.data;
          const chart: Record<string, number[]> = {};
          data?.labels.forEach((label, i) => (chart[label] = data.datasets.map((dataset) => dataset.data[i] ?? NaN)));
          const table: Record<string, number[]> = {};
          for (const tr of figure.querySelectorAll<HTMLElement>('tbody tr[data-chart-label]')) {
            // The cells' visible text ("989.049.000 kr.", "2.816"), read as the reader reads it.
            table[tr.dataset.chartLabel ?? ''] = [...tr.querySelectorAll('[data-value]')].map((td) => Number((td.textContent ?? '').replace(/\D/g, '')));
          }
          const series = [...figure.querySelectorAll('thead [data-series]')].map((th) => th.textContent?.trim());
          return { chart, table, series, datasets: data?.datasets.map((d) => d.label) ?? [] };
        }),
      );
      for (const figure of figures) {
        expect(Object.keys(figure.table).length).toBeGreaterThan(1);
        expect(figure.chart).toEqual(figure.table);
        if (figure.series.length > 1) expect(figure.datasets).toEqual(figure.series);
      }
    });
  }

  it('draws the front page largest first and the recipients without subtotals', async () => {
    const { page } = await open(FRONT);
    const labels = await page.$eval('figure[data-chart] canvas', (canvas) => (canvas as HTMLCanvasElement & { chart?: { data: { labels: string[]; datasets: { data: number[] }[] } } }).chart?.data);
    expect(labels?.labels[0]).toBe('Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse');
    expect(labels?.datasets[0]?.data).toEqual([...(labels?.datasets[0]?.data ?? [])].sort((a, b) => b - a));
    const recipients = await open(RECIPIENTS);
    const categories = await recipients.page.$eval('figure[data-chart] canvas', (canvas) => (canvas as HTMLCanvasElement & { chart?: { data: { labels: string[] } } }).chart?.data.labels);
    expect(categories).toHaveLength(13);
    expect(categories).not.toContain('Kontant og uddannelseshjælp');
    expect(categories).toContain('Kontanthjælp');
  });

  it('animates only when the reader has not asked for reduced motion', async () => {
    const animation = (page: Page) =>
      page.$eval('figure[data-chart] canvas', (canvas) => Boolean((canvas as HTMLCanvasElement & { chart?: { options: { animation: unknown } } }).chart?.options.animation));
    const still = await open(FRONT, { reducedMotion: 'reduce' });
    expect(await animation(still.page)).toBe(false);
    const moving = await open(FRONT, { reducedMotion: 'no-preference' });
    expect(await animation(moving.page)).toBe(true);
  });

  it('redraws for print at print size, not cut off, and back for the screen', async () => {
    const { page } = await open(RECIPIENTS, { viewport: { width: 360, height: 740 } });
    const size = () =>
      page.$eval('figure[data-chart] canvas', (canvas) => {
        const c = canvas as HTMLCanvasElement;
        const box = c.getBoundingClientRect();
        const figure = c.closest('figure')!.getBoundingClientRect();
        return { width: c.width, height: c.height, cssWidth: box.width, cssHeight: box.height, inside: box.left >= figure.left - 0.5 && box.right <= figure.right + 0.5 };
      });
    const screen = await size();
    await page.emulateMedia({ media: 'print' });
    // As below: under load the media change can reach the chart after emulateMedia returns.
    await page.waitForFunction((width) => (document.querySelector('figure[data-chart] canvas') as HTMLCanvasElement).width !== width, screen.width);
    const print = await size();
    expect(print.width).toBeGreaterThan(screen.width * 1.5);
    expect(print.inside).toBe(true);
    // Scaled whole to the page, never squashed: the CSS box keeps the bitmap's proportions.
    expect(print.cssWidth / print.cssHeight).toBeCloseTo(print.width / print.height, 1);
    for (const { bar } of await canvasInk(page)) expect(bar).toBeGreaterThan(100);
    await page.emulateMedia({ media: 'screen' });
    // The media change reaches the page's listeners asynchronously.
    await page.waitForFunction((width) => (document.querySelector('figure[data-chart] canvas') as HTMLCanvasElement).width === width, screen.width);
    expect(await size()).toEqual(screen);
  });

  for (const path of [FRONT, RECIPIENTS]) {
    it(`prints the chart on A4 across the page, not blank: /${path}`, async () => {
      const { page } = await open(path, { viewport: { width: 360, height: 740 } });
      const dir = mkdtempSync(join(tmpdir(), 'budget-print-'));
      writeFileSync(join(dir, 'page.pdf'), await page.pdf({ format: 'A4' }));
      execFileSync('pdftoppm', ['-r', '40', join(dir, 'page.pdf'), join(dir, 'page')]);
      // The bars' colour appears in print only where a chart was drawn: the printout has no backgrounds.
      let widest = 0;
      let pixels = 0;
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.ppm'))) {
        const { width, height, rgb } = readPpm(readFileSync(join(dir, file)));
        for (let y = 0; y < height; y += 1) {
          let left = width;
          let right = -1;
          for (let x = 0; x < width; x += 1) {
            const i = (y * width + x) * 3;
            if (Math.abs((rgb[i] ?? 0) - BAR_RGB[0]) < 24 && Math.abs((rgb[i + 1] ?? 0) - BAR_RGB[1]) < 24 && Math.abs((rgb[i + 2] ?? 0) - BAR_RGB[2]) < 24) {
              pixels += 1;
              left = Math.min(left, x);
              right = Math.max(right, x);
            }
          }
          if (right >= 0) widest = Math.max(widest, (right - left + 1) / width);
        }
      }
      expect(pixels).toBeGreaterThan(200);
      // Laid out for the page, not the phone: the longest bar spans over a third of the page;
      // at the phone's screen size (328 px of A4's 794) it would span about a fifth.
      expect(widest).toBeGreaterThan(0.35);
    });
  }

  it('shows caption, summary and table, and no empty chart box, without JavaScript', async () => {
    const { page } = await open(RECIPIENTS, { javaScriptEnabled: false });
    const figure = page.locator('figure[data-chart]');
    await expect(figure.locator('figcaption').innerText()).resolves.toContain('Førtidspension har flest modtagere');
    expect(await figure.locator('table').isVisible()).toBe(true);
    expect(await figure.locator('.chart__visual').isVisible()).toBe(false);
    expect(await figure.locator('.chart__visual').evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
  });
});

/** Width, height and RGB bytes of a binary PPM (P6) image, as pdftoppm writes it. */
function readPpm(buffer: Buffer): { width: number; height: number; rgb: Buffer } {
  const header = buffer.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: buffer.subarray(header[0].length) };
}

// The site deployed under a sub-path: every internal link carries the base and resolves.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { usePagePool } from '../support/page-pool.ts';
import type { FixtureBuild } from '../support/build.ts';
import { BASE, fixtureSite, ORIGIN } from '../support/fixture-sites.ts';
import { serveSite, type StaticServer } from '../support/server.ts';
import { fileOf, listPages, readPage } from '../support/site.ts';

describe(`the site built with base ${BASE}`, () => {
  let build: FixtureBuild;
  let server: StaticServer;
  let browser: Browser;
  const pool = usePagePool(() => browser);

  beforeAll(async () => {
    build = await fixtureSite();
    if (build.status !== 0) throw new Error(`Build with BASE_PATH failed:\n${build.output}`);
    server = await serveSite(build.outDir, { base: BASE });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prefixes every internal link and asset with the base, and each resolves to a file', () => {
    const broken: string[] = [];
    for (const path of listPages(build.outDir)) {
      const page = readPage(path, build.outDir);
      const urls = [
        ...page.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? ''),
        ...page.querySelectorAll('link[href], script[src]').map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
      ].filter((url) => !url.startsWith('#') && !/^[a-z]+:/.test(url));
      for (const url of urls) {
        if (!url.startsWith(BASE)) broken.push(`${path}: ${url} lacks the base`);
        else if (!existsSync(fileOf(url.slice(BASE.length), build.outDir))) broken.push(`${path}: ${url} resolves to nothing`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('lets a reader go from the front page to an area and back over HTTP', async () => {
    const page = await pool.page();
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    // The fixture site has two documents: the front page lists them, and a document's page charts its areas.
    await page.locator('.documents__list').getByRole('link', { name: 'Budget 2022', exact: true }).click();
    await page.waitForURL(`${server.url}2022/oekonomiudvalget/`);
    await page.locator('#omraader-diagram').getByRole('link', { name: 'Beredskab', exact: true }).click();
    await page.waitForURL(`${server.url}2022/oekonomiudvalget/omraader/beredskab/`);
    expect(await page.locator('h1').textContent()).toBe('Beredskab');
    // The stylesheet loaded under the base: the header has its background colour.
    const background = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('link', { name: 'Forside' }).click();
    await page.waitForURL(server.url);
  });

  it('searches under the base: the form, the index and the result links all carry it', async () => {
    expect(readPage('', build.outDir).querySelector('header form[role="search"]')?.getAttribute('action')).toBe(`${BASE}soeg/`);
    const page = await pool.page();
    await page.goto(server.url);
    await page.locator('#sitesoeg-q').fill('5.57.73');
    await page.locator('#sitesoeg-q').press('Enter');
    await page.waitForURL((url) => url.pathname === `${BASE}soeg/` && url.searchParams.get('q') === '5.57.73');
    const first = page.locator('form[data-search="page"] [data-search-results] a').first();
    expect(await first.getAttribute('href')).toBe(`${BASE}konti/05-57-73/`);
    await first.click();
    await page.waitForURL(`${server.url}konti/05-57-73/`);
    expect(await page.locator('h1').innerText()).toBe('05.57.73 Kontant- og uddannelseshjælp');
  });

  it('lists every page for search engines under the site’s address and the base, except the search and "not found" pages, which ask to be left out; each page names its own address', () => {
    const listed = [...readFileSync(join(build.outDir, 'sitemap.xml'), 'utf-8').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1] ?? '');
    const pages = listPages(build.outDir);
    const left = ['soeg/', '404.html'];
    expect(listed).toEqual(pages.filter((path) => !left.includes(path)).map((path) => `${ORIGIN}${BASE}${path}`).sort());
    for (const path of pages) {
      const head = readPage(path, build.outDir).querySelector('head');
      const canonical = head?.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const noindex = head?.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
      if (left.includes(path)) expect([path, noindex, canonical]).toEqual([path, true, undefined]);
      else expect([path, noindex, canonical]).toEqual([path, false, `${ORIGIN}${BASE}${path}`]);
    }
    // Under a sub-path a robots.txt would not be read: search engines look for it at the host's root.
    expect(existsSync(join(build.outDir, 'robots.txt'))).toBe(false);
    expect(build.output).toContain(`Wrote a sitemap of ${listed.length} pages for ${ORIGIN}${BASE}`);
  });

  it('answers an unknown address with the Danish 404 page', async () => {
    const page = await pool.page();
    const response = await page.goto(`${server.url}findes-ikke/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Siden findes ikke');
  });
});

// Search on the built site, in Chromium over HTTP (Pagefind needs HTTP): Danish words and
// function accounts find the right area and section, the keyboard does everything, and the
// form works without JavaScript. Served with the CSP the site is meant to run under.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type StaticServer } from '../support/server.ts';
import { assertBuilt, fileOf, listPages, readPage, sitePath, SITE_DIR, textOf, withStaticImports } from '../support/site.ts';

// Pagefind runs its index as WebAssembly, which a CSP has to allow with 'wasm-unsafe-eval'.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const EMPLOYMENT = '2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/';
const SCRIPT_BUDGET = 2048;

interface Shown {
  status: string;
  results: { href: string; title: string; section: string; excerpt: string; marked: string[] }[];
}

/** Opens the search page once; `find` then types each query into its box, as a reader would. */
async function openSearchPage(browser: Browser, server: StaticServer): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}soeg/`);
  return page;
}

/** Types a query into the search page's box and reads what it lists once the count is announced. */
async function find(page: Page, query: string): Promise<Shown> {
  await page.locator('#soeg-q').fill(query);
  await page.waitForFunction((q) => document.querySelector('#soeg-q-status')?.textContent?.includes(`»${q}«`), query);
  return readResults(page, 'form[data-search="page"]');
}

async function readResults(page: Page, form: string): Promise<Shown> {
  const status = page.locator(`${form} [role="status"]`);
  await page.waitForFunction((selector) => (document.querySelector(selector)?.textContent ?? '') !== '', `${form} [role="status"]`);
  const results = await page.locator(`${form} [data-search-results] li:has(.search__excerpt)`).evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('a')?.firstChild?.textContent ?? '',
      section: li.querySelector('.search__section')?.textContent ?? '',
      excerpt: li.querySelector('.search__excerpt')?.textContent ?? '',
      marked: [...li.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
  return { status: (await status.textContent()) ?? '', results };
}

describe('search', () => {
  let server: StaticServer;
  let browser: Browser;
  let soeg: Page;

  beforeAll(async () => {
    assertBuilt();
    server = await serveSite(SITE_DIR, { headers: { 'Content-Security-Policy': CSP } });
    browser = await launchBrowser();
    soeg = await openSearchPage(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('finds Danish words, with the right area first', () => {
    it.each([
      // query, first page, section it lands on ('' = the top of the page)
      ['brandhane', '2022/oekonomiudvalget/omraader/beredskab/', 'Udvikling og udfordringer'], // stem of "brandhaner"
      ['sygedagpenge', EMPLOYMENT, ''],
      ['beskæftigelsesindsatsen', EMPLOYMENT, ''],
      ['førtidspension', EMPLOYMENT, ''],
      ['ældreområdet', '2022/oekonomiudvalget/omraader/demografipulje-aeldreomraadet/', ''],
      ['børn', '2022/oekonomiudvalget/omraader/boern-og-familie/', ''],
      ['beredskab', '2022/oekonomiudvalget/omraader/beredskab/', ''], // the area's name outweighs the front page's list
      ['Kontanthjælp', EMPLOYMENT, ''], // functions by the names the notes give them
      ['Kontant- og uddannelseshjælp', EMPLOYMENT, ''],
    ])('%s → %s', async (query, path, section) => {
      const { status, results } = await find(soeg, query);
      expect(status).toMatch(new RegExp(`^\\d+ resultat(er)? for »${query}«$`));
      const [first] = results;
      expect(first?.href.split('#')[0]).toBe(`/${path}`);
      expect(first?.marked.length).toBeGreaterThan(0);
      if (section) expect(first?.section).toBe(section);
    });
  });

  describe('finds function account 05.57.73 in every notation, on its account page', () => {
    it.each(['05.57.73', '5.57.73', '055773', '55773', '57.73'])('%s', async (query) => {
      const { status, results } = await find(soeg, query);
      expect(status).toBe(`1 resultat for »${query}«`);
      expect(results[0]?.href).toBe('/konti/05-57-73/');
      // Readers see the account number highlighted, never the alias words behind it.
      expect(results[0]?.marked).toContain('05.57.73');
      expect(results[0]?.excerpt).not.toMatch(/konto-|funktion-/);
    });

    it('leads an account that shares a row, or has two rows, to its own page', async () => {
      expect((await find(soeg, '5.48.68')).results.map((r) => r.href)).toEqual(['/konti/05-48-68/']);
      expect((await find(soeg, '55882')).results.map((r) => r.href)).toEqual(['/konti/05-58-82/']);
    });

    it('keeps neighbouring accounts apart', async () => {
      const { results } = await find(soeg, '05.57.71');
      expect(results.map((r) => r.href)).toEqual(['/konti/05-57-71/']);
    });
  });

  it('says in Danish that nothing matched, and announces it', async () => {
    const { status, results } = await find(soeg, 'xyzzyq');
    expect(status).toMatch(/^Ingen resultater for »xyzzyq«/);
    expect(results).toEqual([]);
  });

  it('loads nothing for search until the box is used, then loads the UI and the index', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}2022/oekonomiudvalget/omraader/beredskab/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.startsWith('/pagefind/') || /search-ui/.test(path))).toEqual([]);
    await page.locator('#sitesoeg-q').focus();
    await page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
    expect(requested.some((path) => /search-ui/.test(path))).toBe(true);
    await page.close();
  });

  it('takes a reader from the header box to the right heading of the right page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}2022/oekonomiudvalget/omraader/kultur-og-fritid/`);
    await page.locator('#sitesoeg-q').fill('brandhaner');
    await page.locator('#sitesoeg-q').press('Enter');
    await page.waitForURL(`${server.url}soeg/?q=brandhaner`);
    const { results } = await readResults(page, 'form[data-search="page"]');
    expect(await page.locator('#soeg-q').inputValue()).toBe('brandhaner');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/2022\/oekonomiudvalget\/omraader\/beredskab\/#.+/);
    const target = await page.evaluate(() => {
      const element = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const box = element?.getBoundingClientRect();
      return { tag: element?.tagName, text: element?.textContent, top: box?.top ?? -1, height: innerHeight };
    });
    expect(target.tag).toMatch(/^H[23]$/);
    expect(target.text).toBe(results[0]?.section);
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(target.height);
    await page.close();
  });

  it('takes a reader from an account number to its account page, and on to its row in the table', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}`);
    await page.locator('#sitesoeg-q').fill('5.57.73');
    await page.locator('#sitesoeg-q').press('Enter');
    await page.waitForURL(`${server.url}soeg/?q=5.57.73`);
    await readResults(page, 'form[data-search="page"]');
    await page.locator('form[data-search="page"] [data-search-results] a').first().click();
    await page.waitForURL(`${server.url}konti/05-57-73/`);
    expect(await page.locator('h1').innerText()).toBe('05.57.73 Kontant- og uddannelseshjælp');
    await page.close();
  });

  it('does all of it by keyboard: Ctrl/⌘+K, arrows, Enter and Esc', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const input = page.locator('#sitesoeg-q');
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');

    expect(await input.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
    await page.keyboard.press('Control+K');
    expect(await focusedId()).toBe('sitesoeg-q');
    await page.keyboard.type('ældreområdet');
    const { status, results } = await readResults(page, 'form[data-search="header"]');
    expect(status).toBe('3 resultater for »ældreområdet«');
    expect(results.length).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(results[0]?.href);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(results[1]?.href);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedId()).toBe('sitesoeg-q');

    // Esc closes the results and keeps the query; a second Esc clears it.
    await page.keyboard.press('Escape');
    expect(await page.locator('#sitesoeg-q-status').textContent()).toBe('');
    expect(await page.locator('#sitesoeg-q-results').isHidden()).toBe(true);
    expect(await input.inputValue()).toBe('ældreområdet');
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');

    // ⌘+K works too (from anywhere on the page), and Enter on a result opens it.
    await page.locator('h1').click();
    await page.keyboard.press('Meta+K');
    expect(await focusedId()).toBe('sitesoeg-q');
    await page.keyboard.type('brandhane');
    await readResults(page, 'form[data-search="header"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/2022\/oekonomiudvalget\/omraader\/beredskab\/#/);
    await page.close();
  });

  it('hides the alias words from readers', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}konti/05-57-73/`);
    const aliases = page.locator('.search-aliases');
    expect(await aliases.count()).toBe(1);
    expect(await aliases.first().isVisible()).toBe(false);
    expect(await page.locator('article').innerText()).not.toMatch(/konto-|funktion-/);
    await page.close();
  });

  it('works without JavaScript: the header form submits to the search page, which explains and lists the areas', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}2022/oekonomiudvalget/omraader/beredskab/`);
    await page.getByRole('searchbox', { name: 'Søg i budgetbemærkningerne' }).fill('brandhane');
    await page.getByRole('button', { name: 'Søg', exact: true }).first().click();
    await page.waitForURL(`${server.url}soeg/?q=brandhane`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Søgningen kræver JavaScript');
    expect(await page.locator('main a[href^="/2022/oekonomiudvalget/omraader/"]').count()).toBe(17);
    await context.close();
  });
});

describe('search in the built HTML', () => {
  beforeAll(() => assertBuilt());

  it('puts a plain, labelled GET form to /soeg/ in the header of every page', () => {
    for (const path of listPages()) {
      const page = readPage(path);
      const form = page.querySelector('header form[role="search"]');
      expect(form?.getAttribute('action'), path).toBe('/soeg/');
      expect(form?.getAttribute('method'), path).toBe('get');
      const input = form?.querySelector('input[name="q"]');
      expect(input?.getAttribute('type'), path).toBe('search');
      const label = form?.querySelector(`label[for="${input?.getAttribute('id')}"]`);
      expect(textOf(label), path).toBe('Søg i budgetbemærkningerne');
    }
  });

  it('keeps the search page out of the index and offers every area without JavaScript', () => {
    const page = readPage('soeg/');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(textOf(page.querySelector('h1'))).toBe('Søg i budgetbemærkningerne');
    const fallback = page.querySelector('noscript');
    expect(fallback?.innerHTML).toContain('Søgningen kræver JavaScript');
    expect(fallback?.innerHTML.match(/href="\/2022\/oekonomiudvalget\/omraader\/[a-z-]+\/"/g)).toHaveLength(17);
  });

  it('gives each account one row to land on, and its page the hidden aliases search finds it by', () => {
    const table = readPage(EMPLOYMENT).querySelector('table#modtagertabel');
    const ids = table?.querySelectorAll('[id^="konto-"]').map((el) => el.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(12); // the 12 accounts of the frontmatter
    expect(table?.querySelectorAll('.search-aliases')).toHaveLength(0);
    const aliases = readPage('konti/05-57-73/').querySelector('article .search-aliases');
    expect(aliases?.getAttribute('aria-hidden')).toBe('true');
    expect(aliases?.text).toContain('konto-05.57.73');
  });

  it(`keeps the script every page loads, with what it imports, within ${SCRIPT_BUDGET} bytes gzipped`, () => {
    const [src] = readPage('2022/oekonomiudvalget/omraader/beredskab/').querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '');
    expect(src).toBeDefined();
    // Static imports load with the page; dynamic import() loads later and does not count.
    const files = withStaticImports(sitePath(src ?? '', '2022/oekonomiudvalget/omraader/beredskab/') ?? '');
    const gzipped = [...files].reduce((sum, url) => sum + gzipSync(readFileSync(fileOf(url)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(SCRIPT_BUDGET);
    // The search UI itself is not among them: it loads on demand.
    expect([...files].some((url) => /search-ui/.test(url))).toBe(false);
  });
});

describe('an account query and a page that merely contains its digits', () => {
  let server: StaticServer;
  let browser: Browser;
  let soeg: Page;

  beforeAll(async () => {
    assertBuilt();
    // The built site plus one page with 5, 57 and 73 as separate numbers, indexed as the build does.
    const dir = join(mkdtempSync(join(tmpdir(), 'budget-search-')), 'site');
    cpSync(SITE_DIR, dir, { recursive: true });
    mkdirSync(join(dir, 'lokkedue'));
    writeFileSync(
      join(dir, 'lokkedue', 'index.html'),
      '<!doctype html><html lang="da"><head><title>Lokkedue</title></head><body><article data-pagefind-body>' +
        '<h1>Lokkedue</h1><p>Der var 5 huse, 57 biler og 73 cykler, og 5.773 borgere betalte 55.773 kr.</p></article></body></html>',
    );
    await indexSite(dir);
    server = await serveSite(dir);
    browser = await launchBrowser();
    soeg = await openSearchPage(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the page for the separate numbers, but not for 5.57.73, 55773 or 57.73', async () => {
    const hrefs = async (query: string) => (await find(soeg, query)).results.map((r) => r.href);
    expect(await hrefs('5 57 73')).toContain('/lokkedue/');
    for (const query of ['5.57.73', '55773', '57.73']) {
      expect(await hrefs(query), query).toEqual(['/konti/05-57-73/']);
    }
  });
});

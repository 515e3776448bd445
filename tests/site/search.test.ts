// Search on the built site, in Chromium over HTTP (Pagefind needs HTTP): Danish words and
// function accounts find the right area and section, the keyboard does everything, and the
// form works without JavaScript. Served with the CSP the site is meant to run under.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { indexSite } from '../../src/after-build/pagefind.ts';
import { launchBrowser } from '../support/browser.ts';
import { usePagePool } from '../support/page-pool.ts';
import { serveSite, type StaticServer } from '../support/server.ts';
import { assertBuilt, fileOf, indexedPages, listPages, readPage, sitePath, SITE_DIR, textOf, withStaticImports } from '../support/site.ts';

// Pagefind runs its index as WebAssembly, which a CSP has to allow with 'wasm-unsafe-eval'.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const EMPLOYMENT = '2022/oekonomiudvalget/omraader/arbejdsmarked-og-borgerservice/';
const SCRIPT_BUDGET = 2048;

interface Shown {
  status: string;
  results: { href: string; title: string; section: string; document: string; excerpt: string; marked: string[] }[];
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
  return readResults(page, 'form[data-search="page"]', query);
}

/**
 * What a search form shows once its status is announced (for `query`, when given): the status
 * and each result. Waited for and read in the page in one go.
 */
async function readResults(page: Page, form: string, query?: string): Promise<Shown> {
  const shown = await page.waitForFunction(
    ({ form, query }) => {
      const status = document.querySelector(`${form} [role="status"]`)?.textContent ?? '';
      if (status === '' || (query !== undefined && !status.includes(`»${query}«`))) return false;
      const results = [...document.querySelectorAll(`${form} [data-search-results] li`)]
        .filter((li) => li.querySelector('.search__excerpt'))
        .map((li) => ({
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          title: li.querySelector('a')?.firstChild?.textContent ?? '',
          section: li.querySelector('a .search__section')?.textContent ?? '',
          document: li.querySelector('.search__document')?.textContent ?? '',
          excerpt: li.querySelector('.search__excerpt')?.textContent ?? '',
          marked: [...li.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
        }));
      return { status, results };
    },
    { form, query },
  );
  return (await shown.jsonValue()) as Shown;
}

describe('search', () => {
  let server: StaticServer;
  let browser: Browser;
  const pool = usePagePool(() => browser);
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

  // What staff type, and the page they mean. Pages are named by their title or by the end of
  // their address, so the table holds when areas move. `first`: the page must be the first
  // result; otherwise it must be among the first three. `order`: the first results, in order.
  describe('finds what staff mean, in the top 3', () => {
    const employment = { title: 'Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse' };
    const account = (number: string) => ({ path: `/konti/${number.replaceAll('.', '-')}/` });
    type Expected = { title?: string; path?: string };
    const cases: [string, Expected, { first?: boolean; order?: string[]; section?: string }?][] = [
      // Full account numbers in every notation lead to the account page, first.
      ['05.57.73', account('05.57.73'), { first: true }],
      ['5.57.73', account('05.57.73'), { first: true }],
      ['055773', account('05.57.73'), { first: true }],
      ['55773', account('05.57.73'), { first: true }],
      ['57.73', account('05.57.73'), { first: true }],
      ['05 57 73', account('05.57.73'), { first: true }],
      ['05-57-73', account('05.57.73'), { first: true }],
      ['5773', account('05.57.73'), { first: true }],
      ['5.48.68', account('05.48.68'), { first: true }],
      ['55882', account('05.58.82'), { first: true }],
      ['05.57.71', account('05.57.71'), { first: true }],
      // The start of a number lists the accounts under it, in number order, first.
      ['05.57', account('05.57.71'), { order: ['05.57.71', '05.57.73', '05.57.78'] }],
      ['5.57', account('05.57.71'), { order: ['05.57.71', '05.57.73', '05.57.78'] }],
      ['hovedfunktion 57', account('05.57.71'), { order: ['05.57.71', '05.57.73', '05.57.78'] }],
      ['05.58.8', account('05.58.80'), { order: ['05.58.80', '05.58.81', '05.58.82', '05.58.83'] }],
      ['5.48', account('05.48.65'), { order: ['05.48.65', '05.48.66', '05.48.68'] }],
      // Danish typed without æ, ø, å.
      ['oekonomi', { title: 'Økonomi' }, { first: true }],
      ['okonomi', { title: 'Økonomi' }, { first: true }],
      ['foertidspension', employment],
      ['fortidspension', employment],
      ['foertidspension', account('05.48.66')],
      ['aeldreomraadet', { title: 'Demografipulje - Ældreområdet' }, { first: true }],
      ['kontanthjaelp', employment],
      ['laering', { title: 'Fagcenter for Børn, Læring og Uddannelse' }],
      ['faellesudgifter', { title: 'Jobcenter – fællesudgifter og administration m.v.' }],
      // Amounts in any notation find the area whose figure it is, first.
      ['989.049.000', employment, { first: true }],
      ['989049000', employment, { first: true }],
      ['989.049.000 kr.', employment, { first: true }],
      ['989,0 mio.', employment, { first: true }],
      ['989 mio. kr.', employment, { first: true }],
      ['42.339.000', { title: 'Digitalisering og IT' }, { first: true }],
      ['42,3 mio', { title: 'Digitalisering og IT' }, { first: true }],
      ['30.552.000', { title: 'Digitalisering og IT' }, { first: true }], // a part of its net budget
      ['15 mio.', { title: 'Demografipulje - Ældreområdet' }, { first: true }],
      // A word that names an account shows the account page too, below the area.
      ['sygedagpenge', account('05.57.71')],
      ['seniorjob', account('05.68.97')],
      ['fleksjob', account('05.58.81')],
      ['flexjob', account('05.58.81')],
      ['ledighedsydelse', account('05.58.83')],
      ['revalidering', account('05.58.80')],
      // Abbreviations.
      ['DUT', { title: 'Digitalisering og IT' }],
      ['KUI', { title: 'Børn og familie' }],
      ['ESDH', { title: 'Digitalisering og IT' }],
      // Danish words, with the right area first and the section the hit is in.
      ['brandhane', { title: 'Beredskab' }, { first: true, section: 'Udvikling og udfordringer' }], // stem of "brandhaner"
      ['sygedagpenge', employment, { first: true }],
      ['beskæftigelsesindsatsen', employment, { first: true }],
      ['førtidspension', employment, { first: true }],
      ['ældreområdet', { title: 'Demografipulje - Ældreområdet' }, { first: true }],
      ['børn', { title: 'Børn og familie' }, { first: true }],
      ['beredskab', { title: 'Beredskab' }, { first: true }], // the area's name outweighs the front page's list
      ['Kontanthjælp', employment, { first: true }], // functions by the names the notes give them
      ['Kontant- og uddannelseshjælp', employment, { first: true }],
    ];

    const matches = (result: Shown['results'][number], expected: Expected) =>
      (expected.title === undefined || result.title === expected.title) &&
      (expected.path === undefined || result.href.split('#')[0]!.endsWith(expected.path));

    it(`holds at least 40 queries`, () => expect(new Set(cases.map(([query]) => query)).size).toBeGreaterThanOrEqual(40));

    it.each(cases)('%s → %j', async (query, expected, options = {}) => {
      const { status, results } = await find(soeg, query);
      expect(status).toMatch(new RegExp(`^\\d+ resultat(er)? for »${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}«$`));
      const at = results.findIndex((result) => matches(result, expected));
      const shown = results.slice(0, 5).map((result) => `${result.title} ${result.href}`);
      expect(at, shown.join('\n')).toBeGreaterThanOrEqual(0);
      expect(at, shown.join('\n')).toBeLessThan(options.first ? 1 : 3);
      if (options.order) {
        const numbers = results.slice(0, options.order.length).map((result) => result.title.slice(0, 8));
        expect(numbers).toEqual(options.order);
      }
      if (options.section) expect(results[at]?.section).toBe(options.section);
      // Readers see what matched highlighted, never the alias words behind it.
      expect(results[at]?.excerpt).not.toMatch(/konto-|funktion-|belob-|mio-/);
    });

    it('highlights the account number on an account page, whatever the notation', async () => {
      for (const query of ['05.57.73', '5.57.73', '055773', '55773', '57.73', '05-57-73']) {
        const { status, results } = await find(soeg, query);
        expect(status, query).toBe(`1 resultat for »${query}«`);
        expect(results[0]?.marked, query).toContain('05.57.73');
      }
    });

    it('highlights an amount where the page shows it', async () => {
      const { results } = await find(soeg, '989049000');
      expect(results[0]?.marked).toContain('989.049.000');
      expect(results[0]?.excerpt).toContain('989.049.000 kr.');
    });

    it('matches an abbreviation, not words that start with its letters', async () => {
      for (const query of ['KL', 'DUT']) {
        const { results } = await find(soeg, query);
        expect(results.length, query).toBeGreaterThan(0);
        const marked = results.flatMap((result) => result.marked);
        expect(marked.every((word) => word.startsWith(query)), `${query}: ${marked.join(', ')}`).toBe(true);
      }
      expect((await find(soeg, 'KL')).results.flatMap((r) => r.marked)).not.toContain('klimaplan');
    });

    it('does not find "flexjob" in "m.fl."', async () => {
      const { results } = await find(soeg, 'flexjob');
      expect(results.flatMap((result) => result.marked).some((word) => /m\.fl/.test(word))).toBe(false);
      expect(results.every((result) => !/m\.fl\./.test(result.excerpt) || result.marked.some((word) => /^fleks/i.test(word)))).toBe(true);
    });

    it('lists an account page below the area whose text discusses the word', async () => {
      const { results } = await find(soeg, 'sygedagpenge');
      const area = results.findIndex((result) => matches(result, employment));
      const page = results.findIndex((result) => matches(result, account('05.57.71')));
      expect(area).toBe(0);
      expect(page).toBeGreaterThan(area);
    });
  });

  it('says in Danish that nothing matched, and announces it', async () => {
    const { status, results } = await find(soeg, 'xyzzyq');
    expect(status).toMatch(/^Ingen resultater for »xyzzyq«/);
    expect(results).toEqual([]);
  });

  it('loads nothing for search until the box is used, then loads the UI and the index', async () => {
    const page = await pool.page();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}2022/oekonomiudvalget/omraader/beredskab/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.startsWith('/pagefind/') || /search-ui/.test(path))).toEqual([]);
    await page.locator('#sitesoeg-q').focus();
    await page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
    expect(requested.some((path) => /search-ui/.test(path))).toBe(true);
  });

  it('takes a reader from the header box to the right heading of the right page', async () => {
    const page = await pool.page();
    await page.goto(`${server.url}2022/oekonomiudvalget/omraader/kultur-og-fritid/`);
    await page.locator('#sitesoeg-q').fill('brandhaner');
    await page.locator('#sitesoeg-q').press('Enter');
    // The page's document comes along (?dokument=); the query is what counts here.
    await page.waitForURL((url) => url.pathname === '/soeg/' && url.searchParams.get('q') === 'brandhaner');
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
  });

  it('takes a reader from an account number to its account page, and on to its row in the table', async () => {
    const page = await pool.page();
    await page.goto(`${server.url}`);
    await page.locator('#sitesoeg-q').fill('5.57.73');
    await page.locator('#sitesoeg-q').press('Enter');
    await page.waitForURL((url) => url.pathname === '/soeg/' && url.searchParams.get('q') === '5.57.73');
    await readResults(page, 'form[data-search="page"]');
    await page.locator('form[data-search="page"] [data-search-results] a').first().click();
    await page.waitForURL(`${server.url}konti/05-57-73/`);
    expect(await page.locator('h1').innerText()).toBe('05.57.73 Kontant- og uddannelseshjælp');
  });

  it('does all of it by keyboard: Ctrl/⌘+K, arrows, Enter and Esc', async () => {
    const page = await pool.page();
    await page.goto(server.url);
    const input = page.locator('#sitesoeg-q');
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');

    expect(await input.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
    await page.keyboard.press('Control+K');
    expect(await focusedId()).toBe('sitesoeg-q');
    await page.keyboard.type('ældreområdet');
    const { status, results } = await readResults(page, 'form[data-search="header"]');
    // The front page is the only document's overview: search keeps to that document.
    expect(status).toMatch(/^\d+ resultater for »ældreområdet« i Budget 2022, Økonomiudvalget$/);
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
  });

  it('closes the header list at once when Esc is pressed on a result, and keeps it closed', async () => {
    const page = await pool.page();
    await page.goto(server.url);
    await page.locator('#sitesoeg-q').fill('brandhane');
    await readResults(page, 'form[data-search="header"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sitesoeg-q');
    expect(await page.locator('#sitesoeg-q-results').isHidden()).toBe(true);
    // No search runs again behind the reader's back: the list stays closed.
    await page.waitForTimeout(500);
    expect(await page.locator('#sitesoeg-q-status').textContent()).toBe('');
    expect(await page.locator('#sitesoeg-q-results').isHidden()).toBe(true);
    expect(await page.locator('#sitesoeg-q').inputValue()).toBe('brandhane');
  });

  it('hides the alias words from readers', async () => {
    const page = await pool.page();
    await page.goto(`${server.url}konti/05-57-73/`);
    const aliases = page.locator('.search-aliases');
    expect(await aliases.count()).toBe(1);
    expect(await aliases.first().isVisible()).toBe(false);
    expect(await page.locator('article').innerText()).not.toMatch(/konto-|funktion-/);
  });

  it('works without JavaScript: the header form submits to the search page, which explains and lists the areas', async () => {
    const page = await pool.page({ javaScriptEnabled: false });
    await page.goto(`${server.url}2022/oekonomiudvalget/omraader/beredskab/`);
    await page.getByRole('searchbox', { name: 'Søg i budgetbemærkningerne' }).fill('brandhane');
    await page.getByRole('button', { name: 'Søg', exact: true }).first().click();
    await page.waitForURL(`${server.url}soeg/?q=brandhane`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Søgningen kræver JavaScript');
    expect(await page.locator('main a[href^="/2022/oekonomiudvalget/omraader/"]').count()).toBe(17);
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

  it('indexes every page as readable text: no words, figures or table cells run together', () => {
    const glued = [
      /\p{L}\d{1,3}(?:\.\d{3})+/u, // "Økonomiudvalget1.358.107.000"
      /\b20\d\d\d{1,3}\.\d{3}/, // "i 20227.360.000 kr."
      /kr\.\d/, // "kr.17 budgetområder"
      /\p{Ll}\p{Lu}\p{Ll}/u, // "BudgettypeRammebudget"
      /-?\d[\d.,]*\. -?\d[\d.,]*\. -?\d[\d.,]*\./, // cells: "1.051. 1.133. 1.098."
    ];
    const pages = indexedPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const { url, content } of pages) {
      const text = content.replace(/\b(?:konto|funktion|hovedfunktion|belob|mio)-[\d.]+(?:-k(?:-\d+)?|-kr)?/g, '');
      for (const pattern of glued) expect(text.match(pattern)?.[0], `${url}: ${pattern}`).toBeUndefined();
    }
    // Labelled instead: the key figures and the recipient table's rows read as sentences.
    const employment = pages.find((page) => page.url.endsWith('/arbejdsmarked-og-borgerservice/'));
    expect(employment?.content).toContain('2022: 989.049.000 kr.');
    expect(employment?.content).toMatch(/05\.57\.71 Sygedagpenge: Faktisk antal 2020 \d+, Budget 2021 [\d.]+, Budget 2022 [\d.]+\./);
    expect(pages.find((page) => page.url.endsWith('/digitalisering-og-it/'))?.content).toContain('Budgettype: Rammebudget');
  });

  it('writes the site vocabulary beside the index, without alias words', () => {
    const words = JSON.parse(readFileSync(join(SITE_DIR, 'pagefind', 'ord.json'), 'utf-8')) as string[];
    expect(words).toContain('førtidspension');
    expect(words).toContain('økonomi');
    expect(words).not.toContain('belob');
    expect(words).not.toContain('hovedfunktion57');
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

// The per-document contract (PLAN.md): pages of a document carry body[data-budget-document] and a
// "dokument" filter and meta on their indexed article; account pages one filter element per
// document. The built site has one document; a copy of it gets a second (its Beredskab page
// again, as Budget 2023), indexed as the build does.
describe('search within a document', () => {
  const D2022 = 'Budget 2022, Økonomiudvalget';
  const D2023 = 'Budget 2023, Økonomiudvalget';
  const areaPage = (slug: string) => listPages().find((path) => path.endsWith(`/omraader/${slug}/`)) ?? `omraader/${slug}/`;
  let server: StaticServer;
  let browser: Browser;
  const pool = usePagePool(() => browser);

  beforeAll(async () => {
    assertBuilt();
    const beredskab = areaPage('beredskab');
    const html = readFileSync(fileOf(beredskab), 'utf-8');
    // The contract, on the real pages.
    expect(readPage(beredskab).querySelector('body')?.getAttribute('data-budget-document')).toBe(D2022);
    const dir = join(mkdtempSync(join(tmpdir(), 'budget-search-docs-')), 'site');
    cpSync(SITE_DIR, dir, { recursive: true });
    mkdirSync(join(dir, '2023', 'beredskab'), { recursive: true });
    writeFileSync(join(dir, '2023', 'beredskab', 'index.html'), html.replaceAll(D2022, D2023));
    await indexSite(dir);
    server = await serveSite(dir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const searchFrom = async (path: string, query: string) => {
    const page = await pool.page();
    await page.goto(`${server.url}${path}`);
    await page.locator('#sitesoeg-q').fill(query);
    await page.waitForFunction((q) => document.querySelector('#sitesoeg-q-status')?.textContent?.includes(`»${q}«`), query);
    return { page, shown: await readResults(page, 'form[data-search="header"]') };
  };

  it("searches the page's document first, says so, and names each result's document", async () => {
    const { shown } = await searchFrom(areaPage('kultur-og-fritid'), 'brandhane');
    expect(shown.status).toMatch(new RegExp(`^\\d+ resultat(er)? for »brandhane« i ${D2022}$`));
    expect(shown.results[0]?.title).toBe('Beredskab');
    expect(shown.results.map((r) => r.href).some((href) => href.startsWith('/2023/'))).toBe(false);
    expect(shown.results.every((r) => r.document === D2022)).toBe(true);
  });

  it('searches every document after one click on "Søg i alle dokumenter"', async () => {
    const { page } = await searchFrom(areaPage('kultur-og-fritid'), 'brandhane');
    await page.getByRole('button', { name: 'Søg i alle dokumenter' }).click();
    await page.waitForFunction(() => !document.querySelector('#sitesoeg-q-status')?.textContent?.includes(' i Budget'));
    const all = await readResults(page, 'form[data-search="header"]');
    expect(all.status).toMatch(/^\d+ resultater for »brandhane«$/);
    const documents = new Map(all.results.map((r) => [r.href.split('#')[0], r.document]));
    expect(documents.get('/2023/beredskab/')).toBe(D2023);
    expect([...documents.values()]).toContain(D2022);
    expect(await page.getByRole('button', { name: 'Søg i alle dokumenter' }).isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sitesoeg-q');
  });

  it('keeps the document when Enter or "Vis alle" takes the search to the search page, until the reader widens it', async () => {
    const { page, shown } = await searchFrom(areaPage('kultur-og-fritid'), 'budget');
    // "Vis alle N resultater" in the panel leads to the same search in the same document.
    const showAll = page.locator('form[data-search="header"] [data-search-results] a', { hasText: /^Vis alle/ });
    expect(new URL((await showAll.getAttribute('href')) ?? '', server.url).searchParams.get('dokument')).toBe(D2022);
    // Enter opens the search page with the same search, in the same document, with the same count.
    await page.locator('#sitesoeg-q').press('Enter');
    await page.waitForURL(/\/soeg\/\?/);
    expect(new URL(page.url()).searchParams.get('dokument')).toBe(D2022);
    await page.waitForFunction(() => document.querySelector('form[data-search="page"] [role="status"]')?.textContent?.includes('»budget«'));
    const there = await readResults(page, 'form[data-search="page"]');
    expect(there.status).toBe(shown.status);
    expect(there.results.length).toBeGreaterThan(shown.results.length);
    expect(there.results.every((r) => r.document === D2022)).toBe(true);
    // Widening it searches every document, and the address no longer names one.
    await page.getByRole('button', { name: 'Søg i alle dokumenter' }).click();
    await page.waitForFunction(() => !document.querySelector('form[data-search="page"] [role="status"]')?.textContent?.includes(' i Budget'));
    expect(new URL(page.url()).searchParams.get('dokument')).toBeNull();
    expect((await readResults(page, 'form[data-search="page"]')).results.some((r) => r.document === D2023)).toBe(true);
  });

  it('still leads account numbers and their starts to the account pages', async () => {
    const { shown } = await searchFrom(areaPage('beredskab'), '5.57.73');
    expect(shown.results.map((r) => r.href)).toEqual(['/konti/05-57-73/']);
    const listing = await searchFrom(areaPage('beredskab'), '05.57');
    expect(listing.shown.results.map((r) => r.title.slice(0, 8))).toEqual(['05.57.71', '05.57.73', '05.57.78']);
  });

  it('finds an amount, a respelled word and an account page by its name within the document', async () => {
    const amount = await searchFrom(areaPage('beredskab'), '989,0 mio.');
    expect(amount.shown.results[0]?.title).toBe('Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse');
    const word = await searchFrom(areaPage('beredskab'), 'oekonomi');
    expect(word.shown.results[0]?.title).toBe('Økonomi');
    const name = await searchFrom(areaPage('beredskab'), 'sygedagpenge');
    expect(name.shown.results.slice(0, 3).map((r) => r.href)).toContain('/konti/05-57-71/');
  });
});

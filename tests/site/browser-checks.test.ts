// Every built page, loaded once in Chromium and served with the site's own headers (its CSP),
// checked for everything a browser can see: WCAG 2.2 A/AA with axe on screen and in print, lang
// and one h1, a skip link that moves focus to main, visible focus on every stop and a tab order
// that follows the page, no CSP violation or page error, every chart drawn, no link cut off in the
// contents rail or the area menu, and no request to another origin; the search working under the
// CSP on one page of each type; and Pagefind's WebAssembly allowed by the CSP.
// One load per page says the same as one load per check, in under half the CPU time; each check
// still fails on its own, named with its page.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { siteHeaders } from '../support/headers.ts';
import { axeViolations, blankCharts, clippedLinks, foreignRequests, keyboardWalk, langAndHeading, preloadAxe, recordPage, settle, useSearch, type PageRecord } from '../support/page-checks.ts';
import { serveSite, type StaticServer } from '../support/server.ts';
import { assertBuilt, listPages, SITE_DIR } from '../support/site.ts';

/** A browser tab and what it recorded while showing its current page. */
interface Tab {
  page: Page;
  record: PageRecord;
}

/** Up to `size` tabs, each lent to one test at a time; a tab's record starts empty for each test. */
class TabPool {
  private idle: Tab[] = [];
  private opened = 0;
  private waiting: ((tab: Tab) => void)[] = [];
  constructor(private readonly size: number) {}

  async take(browser: Browser): Promise<Tab> {
    const tab = this.idle.pop() ?? (this.opened < this.size ? await this.open(browser) : await new Promise<Tab>((resolve) => this.waiting.push(resolve)));
    tab.record.violations.length = 0;
    tab.record.requests.length = 0;
    return tab;
  }

  give(tab: Tab): void {
    const next = this.waiting.shift();
    if (next) next(tab);
    else this.idle.push(tab);
  }

  private async open(browser: Browser): Promise<Tab> {
    this.opened += 1;
    const page = await browser.newPage();
    await preloadAxe(page);
    return { page, record: await recordPage(page) };
  }
}

// Pages are found in the build when the tests are collected, so every page, including ones
// added later, gets its own test (and its own time limit). A missing build fails in beforeAll.
const PAGES = existsSync(SITE_DIR) ? listPages() : [];

/** A page's type: its path with the document (year and committee) and the area or account left out. */
function pageType(path: string): string {
  return path.replace(/^\d{4}\/[^/]+\//, '<document>/').replace(/^(.*\b(?:omraader|konti))\/[^/]+\/$/, '$1/<one>/');
}

// The header's search is the same script, form and CSP on every page, and searching costs about
// half a second of CPU a page (Pagefind compiles its WebAssembly on each page load): it is tried
// on the first page of each type (11 of 38 pages today), the other checks on every page.
const SEARCHED = new Set([...Map.groupBy(PAGES, pageType).values()].flatMap((paths) => paths.slice(0, 1)));
// One test per page does what three loads did, each with the site project's 60 s: the booklet's
// hundreds of Tab stops alone take half a minute on a busy machine.
const PAGE_TIMEOUT = 180_000;

// Two pages at a time (the site project's maxConcurrency), each in one of two browser tabs that
// go from page to page: no page pays for a new tab (about 1 s of CPU here), and a tab keeps its
// renderer process from page to page (24 navigations, one renderer), whose V8 has axe-core's
// 550 KB compiled already: every page starts with it (preloadAxe), at almost no cost after the
// first page, where injecting it into each page took about 0.2 s (0.85 s on the first).
// Each page is still a fresh document (the site keeps no storage); the tab's
// HTTP cache is shared, as a visitor's would be, and each resource's first request is recorded.
describe.concurrent('every page in Chromium, under the site’s CSP', () => {
  let server: StaticServer;
  let browser: Browser;
  const tabs = new TabPool(2);

  beforeAll(async () => {
    assertBuilt();
    server = await serveSite(SITE_DIR, { headers: siteHeaders(SITE_DIR) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const path of PAGES) {
    const name = path || '/';
    const searched = SEARCHED.has(path);
    it(`${name}: accessible (axe on screen and in print, lang, h1, skip link, focus, tab order), no CSP violation or third-party request, charts${searched ? ' and search' : ''} work`, async ({ expect }) => {
      const { page, record } = await tabs.take(browser);
      const found: Record<string, string[]> = {};
      /** Runs one check; an exception is that check's failure, and the others still run. */
      const check = async (label: string, run: () => Promise<string[]>) => {
        try {
          found[label] = [...(found[label] ?? []), ...(await run())];
        } catch (error) {
          found[label] = [...(found[label] ?? []), `the check itself failed: ${(error as Error).message}`];
        }
      };
      try {
        await page.goto(server.url + path, { waitUntil: 'load' });
        // Enhancements settle first: they may add or enable focusable elements.
        await check('settled', () => settle(page));
        await check('axe (screen)', () => axeViolations(page, 'screen'));
        await check('axe (print)', () => axeViolations(page, 'print'));
        await check('lang and one h1', () => langAndHeading(page));
        await check('links cut off in the contents rail or the area menu', () => clippedLinks(page));
        let keys = { skipLink: [] as string[], focusVisible: [] as string[], tabOrder: [] as string[] };
        await check('keyboard', async () => {
          keys = await keyboardWalk(page);
          return [];
        });
        found['skip link'] = keys.skipLink;
        found['focus visible'] = keys.focusVisible;
        found['tab order'] = keys.tabOrder;
        if (searched) await check('search under the CSP', () => useSearch(page, 'beredskab'));
        await check('charts drawn', () => blankCharts(page));
        found['CSP violations and page errors'] = record.violations;
        found['requests to other origins'] = foreignRequests(record, server.origin);
      } finally {
        tabs.give({ page, record });
      }
      for (const [label, problems] of Object.entries(found)) {
        expect.soft(problems, `${name} · ${label}:\n${problems.join('\n')}`).toEqual([]);
      }
    }, PAGE_TIMEOUT);
  }

  it('tries the search on one page of each type: front, document, data, area, booklet, accounts, account, glossary, search, statement, 404', ({ expect }) => {
    expect([...SEARCHED].map(pageType).sort()).toEqual(
      ['', '404.html', '<document>/', '<document>/data/', '<document>/omraader/<one>/', '<document>/udskriv/', 'konti/', 'konti/<one>/', 'ordliste/', 'soeg/', 'tilgaengelighed/'].sort(),
    );
  });

  it('lets Pagefind load its WebAssembly and find an area under the CSP', async ({ expect }) => {
    const page = await browser.newPage();
    const { violations } = await recordPage(page);
    await page.goto(server.url);
    // A string, not a function: Vitest would rewrite a dynamic import() inside a function.
    const titles = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${server.url}pagefind/pagefind.js`)});
      const search = await pagefind.search('beredskab');
      const results = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
      return results.map((r) => r.meta.title);
    })()`)) as string[];
    await page.close();
    expect(violations).toEqual([]);
    expect(titles.join(' | ')).toContain('Beredskab');
  });
});

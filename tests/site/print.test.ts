// Printing: Chromium prints every page type and the booklet to A4 PDFs, and the tests read them
// back with poppler (pdftotext for the words, pdftoppm for the ink on each page). The booklet is
// printed twice: with the browser's own print, and with its "Udskriv" button, which lays it out
// with Paged.js so the contents give page numbers. Pages are served with the site's own security
// headers, so printing under the CSP is tested too. The PDFs stay in tests/.output/print/ to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { da } from '../../src/i18n/da.ts';
import { readFileSync as readJson } from 'node:fs';
import type { DocumentData } from '../../src/lib/schemas/document.ts';

const doc = JSON.parse(readJson('content/dokumenter/2022-oekonomiudvalget/dokument.json', 'utf-8')) as DocumentData;
import { formatDate } from '../../src/lib/format.ts';
import { cssString } from '../../src/lib/print.ts';
import { launchBrowser } from '../support/browser.ts';
import { type PagePool, usePagePool } from '../support/page-pool.ts';
import { parseHeadersFile } from '../support/headers.ts';
import { serveSite, type StaticServer } from '../support/server.ts';
import { assertBuilt, fileOf, indexedPages, listPages, readPage, SITE_DIR, textOf } from '../support/site.ts';

const OUT = 'tests/.output/print';
// The footer's first line: a document's pages name the document, site-wide pages only the site.
const SITE_LINE = `${da.siteName} · ${doc.municipality}`;
const DOCUMENT_LINE = `${SITE_LINE} · ${doc.committee} · ${doc.stage} ${doc.budgetYear}`;
// The printable width of A4 with the print stylesheet's 20 mm side margins, in CSS pixels:
// pages measured in the browser are laid out as wide as on paper.
const PAPER_WIDTH = Math.floor(((210 - 40) / 25.4) * 96);
// What must never reach paper: every kind of navigation (a <nav> or class no-print, by the site's
// convention; the booklet's contents are the one list of links paper keeps), search, buttons,
// the site footer with its links.
const SCREEN_ONLY = ['.skip-link', 'nav:not(.booklet__contents)', '.no-print', '[role="search"]', 'form', 'button', '.breadcrumbs', '.prev-next', '.site-footer'];
// Words of navigation that must not be on paper.
const NAVIGATION_WORDS = [
  da.skipLink,
  da.nav.previous,
  da.nav.next,
  da.headings.tocLabel,
  da.area.related,
  da.accounts.footerLink,
  da.accessibility.footerLink,
  da.print.bookletLink,
  da.footer.sourceText,
];
/** Below this share of dark pixels a page counts as nearly blank (a full page of text has 8–15 %). */
const NEARLY_BLANK = 0.02;

// Pages found by type, not by address: the same tests hold when the pages move.
const PAGES = existsSync(SITE_DIR) ? listPages() : [];
const find = (pattern: RegExp) => PAGES.find((path) => pattern.test(path)) ?? `missing: ${pattern}`;

const PRINTS = {
  front: { path: '', pages: [1, 3], present: ['.skip-link', 'button', '.no-print', '.site-footer'] },
  // The first area: the longest, with the recipient table and its tall chart.
  area: { path: find(/(^|\/)omraader\/arbejdsmarked-og-borgerservice\/$/), pages: [1, 12], present: ['.skip-link', 'button', '.breadcrumbs', '.prev-next', 'nav:not(.booklet__contents)'] },
  digital: { path: find(/(^|\/)omraader\/digitalisering-og-it\/$/), pages: [1, 8], present: ['.skip-link', 'button', '.breadcrumbs', '.prev-next'] },
  accounts: { path: find(/(^|\/)konti\/$/), pages: [1, 2], present: ['.skip-link', 'button', '.breadcrumbs'] },
  account: { path: find(/(^|\/)konti\/\d\d-\d\d-\d\d\/$/), pages: [1, 2], present: ['.skip-link', 'button', '.breadcrumbs'] },
  booklet: { path: find(/(^|\/)udskriv\/$/), pages: [20, 80], present: ['.skip-link', 'button'] },
} as const;
type PrintName = keyof typeof PRINTS;
/** The footer's first line on a print: the accounts are site-wide, the rest belong to the document. */
const footerLine = (name: PrintName) => (name === 'accounts' || name === 'account' ? SITE_LINE : DOCUMENT_LINE);

/** The site's own response headers (the CSP among them), as a host sends them. */
function siteHeaders(): Record<string, string> {
  return parseHeadersFile(readFileSync(join(SITE_DIR, '_headers'), 'utf-8')).find((rule) => rule.path === '/*')?.headers ?? {};
}

interface Printed {
  /** Each PDF page's text, whitespace collapsed. */
  pages: string[];
  /** The title in each page's footer. */
  footerTitles: (string | undefined)[];
  /** Canvases in the printed DOM: how many, how many the HTML has, which drew nothing. */
  canvases: { found: number; inHtml: number; blank: string[] };
  /** Images embedded in the PDF (a printed canvas is one). */
  /** Screen-only elements that still show in print, by selector; and how many of each exist. */
  shown: Record<string, number>;
  exists: Record<string, number>;
  /** Visible text of search forms on screen, which must not be printed. */
  searchTexts: string[];
  /** Each PDF page's share of dark pixels. */
  ink: number[];
  /** Content Security Policy violations while the page loaded and printed. */
  violations: string[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
// pdftotext joins words hyphenated at a line end; compare addresses without spaces and hyphens.
const squeeze = (text: string) => text.replace(/[\s-]+/g, '');

function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf-8' });
  if (result.error || result.status !== 0) {
    throw new Error(`${tool} failed (install poppler-utils): ${result.error?.message ?? result.stderr}`);
  }
  return result.stdout;
}

/** Where a printed page is kept. */
const pdfOf = (path: string, suffix = '') => join(OUT, `${path.replace(/\/$/, '').replaceAll('/', '-') || 'forside'}${suffix}.pdf`);

/** The recipient table's body rows as their counts ("2.816 2.716 2.848"); the change columns after them vary in layout. */
const recipientRows = () =>
  (readPage(PRINTS.area.path).querySelectorAll('#modtagertabel tbody tr') ?? []).map((tr) => tr.querySelectorAll('td:not(.change)').map((td) => textOf(td)));

/**
 * Per PDF page, which table rows it shows (by index, each row's figures on one line of the
 * layout text); -1 marks a page with rows but without the header's first cell.
 */
function tablePages(pdf: string): number[][] {
  const header = textOf(readPage(PRINTS.area.path).querySelector('#modtagertabel thead th'));
  const rows = recipientRows().map((values) => new RegExp(`(^|\\s)${values.map((v) => v.replaceAll('.', '\\.')).join('\\s+')}\\s+[-+–0]`));
  return poppler('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'])
    .split('\f')
    .map((text) => {
      const lines = text.split('\n');
      const found = lines.flatMap((line) => rows.flatMap((row, index) => (row.test(line) ? [index] : [])));
      return found.length > 0 && !text.includes(header) ? [...found, -1] : found;
    });
}

/** Each page's share of dark pixels, from a small greyscale rendering (pdftoppm, 20 dpi). */
function inkPerPage(pdf: string): number[] {
  const prefix = `${pdf}.ink`;
  poppler('pdftoppm', ['-gray', '-r', '20', pdf, prefix]);
  const dir = join(pdf, '..');
  const name = prefix.slice(dir.length + 1);
  const files = readdirSync(dir).filter((file) => file.startsWith(name) && file.endsWith('.pgm')).sort();
  return files.map((file) => {
    const data = readFileSync(join(dir, file));
    rmSync(join(dir, file));
    // Binary PGM: "P5", width and height, maximum value, each on its own line, then one byte a pixel.
    let at = 0;
    for (let lines = 0; lines < 3; at += 1) if (data[at] === 0x0a) lines += 1;
    const pixels = data.subarray(at);
    let dark = 0;
    for (const value of pixels) if (value < 200) dark += 1;
    return dark / pixels.length;
  });
}

/** Each page's text, whitespace collapsed, and the title in each page's footer. */
function readPdf(pdf: string): { pages: string[]; footerTitles: (string | undefined)[] } {
  const pages = poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']).split('\f').slice(0, -1).map(collapse);
  // The footer's title is its second line; with -layout, pdftotext keeps it on a line of its own,
  // whatever text (a repeated table header) the page has near it.
  const layoutPages = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']).split('\f').slice(0, -1);
  const footerTitle = (pageText: string) => {
    const lines = pageText.split('\n');
    // SITE_LINE starts DOCUMENT_LINE, so it finds the footer on both kinds of page.
    const at = lines.findLastIndex((line) => line.includes(SITE_LINE));
    return at === -1 ? undefined : collapse(lines[at + 1] ?? '') || undefined;
  };
  return { pages, footerTitles: layoutPages.map(footerTitle) };
}

/** Records Content Security Policy violations on the page (read with `violationsOf`); dispose of it after. */
function watchViolations(page: Page): Promise<{ dispose(): Promise<void> }> {
  return page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
  });
}
const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Waits until every chart on the page has been drawn (the page's scripts have all run by then). */
async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('figure[data-chart]')].every((figure) => figure.getAttribute('data-chart-state') === 'drawn'));
}

/** Prints one page the way a person does (print media, A4, the page's own @page size). */
async function print(pool: PagePool, server: StaticServer, name: PrintName): Promise<Printed> {
  const { path } = PRINTS[name];
  const page = await pool.page({ viewport: { width: PAPER_WIDTH, height: 1000 } });
  const watch = await watchViolations(page);
  await page.goto(server.url + path);
  await chartsDrawn(page);
  const searchTexts = await page.$$eval('[role="search"], .site-header form', (forms) =>
    forms.map((form) => (form as HTMLElement).innerText.trim()).filter((text) => text !== ''),
  );
  await page.emulateMedia({ media: 'print' });
  // Let print-media listeners (chart redraws) run before anything is measured.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const dom = await page.evaluate((selectors) => {
    const shown: Record<string, number> = {};
    const exists: Record<string, number> = {};
    for (const selector of selectors) {
      const elements = [...document.querySelectorAll(selector)];
      exists[selector] = elements.length;
      shown[selector] = elements.filter((el) => el.checkVisibility()).length;
    }
    const canvases = [...document.querySelectorAll('canvas')];
    const blank = canvases
      .filter((canvas) => {
        const empty = document.createElement('canvas');
        empty.width = canvas.width;
        empty.height = canvas.height;
        return canvas.width === 0 || canvas.height === 0 || canvas.toDataURL() === empty.toDataURL();
      })
      .map((canvas) => canvas.id || canvas.getAttribute('aria-label') || 'canvas');
    return { shown, exists, found: canvases.length, blank };
  }, SCREEN_ONLY);
  const pdf = pdfOf(path);
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  const violations = await violationsOf(page);
  await watch.dispose();

  const html = readFileSync(fileOf(path), 'utf-8');
  return {
    ...readPdf(pdf),
    canvases: { found: dom.found, inHtml: (html.match(/<canvas\b/g) ?? []).length, blank: dom.blank },
    shown: dom.shown,
    exists: dom.exists,
    searchTexts,
    ink: inkPerPage(pdf),
    violations,
  };
}

/**
 * Pages that may be nearly blank: the last, and in the booklet the title page, the contents and
 * the last page of each part (the next part starts a new page).
 */
function mayBeShort(printed: Pick<Printed, 'footerTitles'>, index: number, booklet: boolean): boolean {
  const { footerTitles } = printed;
  if (index === footerTitles.length - 1) return true;
  if (!booklet) return false;
  return index < 2 || footerTitles[index + 1] !== footerTitles[index];
}

/** The words of a page without the print stamp's address, which is the one full address on it. */
const withoutStamp = (text: string) => text.replace(/https?:\/\/\S+/g, '');

describe('printing', () => {
  let server: StaticServer;
  let browser: Browser;
  const pool = usePagePool(() => browser);
  const printed = {} as Record<PrintName, Printed>;
  let areaTitles: string[] = [];
  let dates: string[] = [];

  beforeAll(async () => {
    assertBuilt();
    areaTitles = readPage('/').querySelectorAll('table.overview tbody th a').map((a) => textOf(a));
    mkdirSync(OUT, { recursive: true });
    server = await serveSite(SITE_DIR, { headers: siteHeaders() });
    browser = await launchBrowser();
    const before = formatDate(new Date());
    for (const name of Object.keys(PRINTS) as PrintName[]) {
      printed[name] = await print(pool, server, name);
      await pool.release();
    }
    dates = [...new Set([before, formatDate(new Date())])];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(Object.keys(PRINTS) as PrintName[])('%s', (name) => {
    it('prints a sane number of A4 pages', () => {
      const [min, max] = PRINTS[name].pages;
      expect(printed[name].pages.length).toBeGreaterThanOrEqual(min);
      expect(printed[name].pages.length).toBeLessThanOrEqual(max);
    });

    it('has no nearly blank page before its last', () => {
      const { ink, footerTitles } = printed[name];
      expect(ink).toHaveLength(footerTitles.length);
      const blank = ink.flatMap((share, index) => (share < NEARLY_BLANK && !mayBeShort(printed[name], index, name === 'booklet') ? [`page ${index + 1}: ${(share * 100).toFixed(1)} %`] : []));
      expect(blank).toEqual([]);
    });

    it('leaves out navigation of every kind, search, buttons, the skip link and the site footer', () => {
      const { shown, exists, pages, searchTexts } = printed[name];
      for (const selector of PRINTS[name].present) expect(exists[selector], selector).toBeGreaterThan(0);
      expect(Object.entries(shown).filter(([, count]) => count > 0)).toEqual([]);
      const text = pages.join(' ');
      for (const absent of [...NAVIGATION_WORDS, ...searchTexts.map(collapse)]) expect(text).not.toContain(absent);
      expect(text).not.toMatch(new RegExp(`\\b${da.print.button}\\b`));
    });

    it('prints links as words, with no relative path', () => {
      const text = withoutStamp(printed[name].pages.join(' '));
      expect(text).not.toMatch(/(^|[\s(])\/[\w-]+\//);
      expect(squeeze(text)).not.toMatch(/\(\//);
    });

    it('prints under the site’s Content Security Policy', () => {
      expect(printed[name].violations).toEqual([]);
    });

    it('puts site, document, page title and "Side n af N" in every page footer', () => {
      const { pages, footerTitles } = printed[name];
      pages.forEach((text, index) => {
        expect(text, `page ${index + 1}`).toContain(footerLine(name));
        expect(text, `page ${index + 1}`).toContain(da.print.pageNumber.replace('{page}', `${index + 1}`).replace('{pages}', `${pages.length}`));
        expect(footerTitles[index], `page ${index + 1}`).toBeTruthy();
      });
    });

    it('says on paper when it was printed', () => {
      const first = printed[name].pages[0] ?? '';
      // A long address may wrap onto the next line of the paper, at a hyphen that pdftotext drops.
      const flat = (text: string) => text.replace(/[\s-]+/g, '');
      expect(dates.some((date) => flat(first).includes(flat(`${da.print.printed} ${date} ${da.print.from} ${server.url}${PRINTS[name].path}`)))).toBe(true);
    });

    it('prints every chart, drawn and within the page', () => {
      // Chromium prints a canvas as vector drawing, not as an image, so the PDF's images say
      // nothing; the canvases are checked in print media instead (and rasterised in charts.test.ts).
      const { canvases } = printed[name];
      expect(canvases.found).toBe(canvases.inHtml);
      expect(canvases.blank).toEqual([]);
    });

    it('never ends a page with a heading', () => {
      // Area titles are left out: in the booklet they also end the contents list, and each area starts a page anyway.
      // So are headings whose words also stand as a list item or paragraph ("Arbejdsskadeforsikring"
      // is both a bullet and a heading): from the text alone, a page ending in them is ambiguous.
      const html = readPage(PRINTS[name].path);
      const blocks = new Set(html.querySelectorAll('main li, main p').map((el) => textOf(el)));
      const headings = html
        .querySelectorAll('main h2, main h3, main h4')
        .map((h) => textOf(h))
        .filter((heading) => !areaTitles.includes(heading) && !blocks.has(heading));
      expect(headings.length).toBeGreaterThan(0);
      printed[name].pages.forEach((text, index) => {
        const body = text.slice(0, text.lastIndexOf(footerLine(name))).trim();
        for (const heading of headings) expect(body.endsWith(heading), `page ${index + 1} ends with "${heading}"`).toBe(false);
      });
    });
  });

  it('titles each area page footer with the area', () => {
    expect(new Set(printed.area.footerTitles)).toEqual(new Set(['Arbejdsmarked og Borgerservice – Sociale opgaver og beskæftigelse']));
    expect(new Set(printed.digital.footerTitles)).toEqual(new Set(['Digitalisering og IT']));
  });

  it('repeats the table header on every page the recipient table reaches, and keeps rows whole', async () => {
    const pages = tablePages(pdfOf(PRINTS.area.path));
    expect(pages.flat().sort((a, b) => a - b)).toEqual(recipientRows().map((_, i) => i));
    for (const rows of pages) if (rows.length > 0) expect(rows, 'rows without the header').not.toContain(-1);
    const page = await pool.page({ viewport: { width: PAPER_WIDTH, height: 1000 } });
    await page.goto(server.url + PRINTS.area.path);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const table = document.querySelector('#modtagertabel');
      const scroller = table?.closest('.table-scroll');
      return {
        thead: table?.querySelector('thead') ? getComputedStyle(table.querySelector('thead')!).display : 'missing',
        rows: [...(table?.querySelectorAll('tr') ?? [])].map((tr) => getComputedStyle(tr).breakInside),
        overflow: scroller ? getComputedStyle(scroller).overflowX : 'missing',
        cut: scroller ? scroller.scrollWidth - scroller.clientWidth : 0,
      };
    });
    expect(styles.thead).toBe('table-header-group');
    expect(new Set(styles.rows)).toEqual(new Set(['avoid']));
    expect(styles.overflow).toBe('visible');
    expect(styles.cut).toBeLessThanOrEqual(0);
  });

  it('repeats the header on every page of a table long enough to need several', async () => {
    // The real table fits one or two pages; a copy with its rows repeated spans several.
    const page = await pool.page();
    await page.goto(server.url + PRINTS.area.path);
    await page.evaluate(() => {
      const table = document.querySelector('#modtagertabel')!;
      const bodies = [...table.querySelectorAll('tbody')];
      for (let i = 0; i < 6; i += 1) for (const body of bodies) table.append(body.cloneNode(true));
    });
    const pdf = join(OUT, 'long-table.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    const pages = tablePages(pdf).filter((rows) => rows.length > 0);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.flat().filter((row) => row >= 0)).toHaveLength(recipientRows().length * 7);
    for (const rows of pages) expect(rows).not.toContain(-1);
  });

  describe('the booklet', () => {
    it('has every area title in its text, each area from a new page with its title in the footer', () => {
      const text = printed.booklet.pages.join(' ');
      expect(areaTitles).toHaveLength(17);
      for (const title of areaTitles) expect(text).toContain(title);
      // The footer's title runs: the booklet's own pages, then each area in document order.
      const runs = printed.booklet.footerTitles.filter((title, i, all) => title !== all[i - 1]);
      expect(runs).toEqual([doc.title, ...areaTitles]);
      printed.booklet.footerTitles.forEach((title, i) => {
        if (title !== printed.booklet.footerTitles[i - 1] && title !== doc.title) {
          expect(printed.booklet.pages[i]?.startsWith(title ?? ''), `page ${i + 1} begins with ${title}`).toBe(true);
        }
      });
    });

    it('opens with a title page naming municipality, committee, year and stage, then the contents', () => {
      const [title, contents] = printed.booklet.pages;
      for (const fact of [doc.municipality, doc.committee, `Budget ${doc.budgetYear}`, doc.stage, doc.title]) expect(title).toContain(fact);
      expect(contents).toContain(`${da.print.contents} 1. ${da.print.overview} 2. ${areaTitles[0]}`);
    });

    it('links its contents to the overview and to every area on the page', () => {
      const page = readPage(PRINTS.booklet.path);
      const targets = page.querySelectorAll('.booklet__contents a').map((a) => a.getAttribute('href') ?? '');
      expect(targets).toHaveLength(18);
      for (const target of targets) expect(page.querySelector(target), target).not.toBeNull();
      const ids = page.querySelectorAll('[id]').map((el) => el.id);
      expect(ids.length).toBe(new Set(ids).size);
    });

    it('shows each area exactly as its own page does, one heading level down', () => {
      const page = readPage(PRINTS.booklet.path);
      const articles = page.querySelectorAll('.booklet__area > article');
      expect(articles).toHaveLength(17);
      for (const article of articles) {
        const own = readPage(`2022/oekonomiudvalget/omraader/${article.id}/`).querySelector('article');
        // The area page's in-page contents are navigation, not the area; the booklet has its own.
        own?.querySelector('nav.toc')?.remove();
        expect(textOf(article)).toBe(textOf(own));
        const levels = (el: typeof article | null | undefined) => (el?.querySelectorAll('h1, h2, h3, h4, h5') ?? []).map((h) => Number(h.tagName[1]));
        expect(levels(article)).toEqual(levels(own).map((level) => level + 1));
      }
    });

    it('is left out of search, which leads to the area pages', () => {
      expect(readPage(PRINTS.booklet.path).querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
      const urls = indexedPages().map((page) => page.url);
      expect(urls).toContain(`/${PRINTS.area.path}`);
      expect(urls).not.toContain(`/${PRINTS.booklet.path}`);
    });

    it('is linked from the front page', () => {
      const link = readPage('/').querySelectorAll('main a').find((a) => textOf(a) === da.print.bookletLink);
      expect(link?.getAttribute('href')).toBe(`/${PRINTS.booklet.path}`);
    });
  });

  describe('the booklet printed with its button (Paged.js), page numbers in its contents', () => {
    let paged: Pick<Printed, 'pages' | 'footerTitles' | 'ink' | 'violations'> & { prints: number; restored: Record<string, number | boolean> };

    beforeAll(async () => {
      const page = await pool.page({ viewport: { width: 1000, height: 1000 } });
      const watch = await watchViolations(page);
      await page.goto(server.url + PRINTS.booklet.path);
      await chartsDrawn(page);
      // The print dialog is the browser's; the test prints the paginated booklet to PDF instead.
      await page.evaluate(() => {
        (window as unknown as { prints: number }).prints = 0;
        window.print = () => {
          (window as unknown as { prints: number }).prints += 1;
        };
      });
      await page.getByRole('button', { name: da.print.button, exact: true }).click();
      await page.waitForFunction(() => (window as unknown as { prints: number }).prints > 0, null, { timeout: 170_000 });
      const pdf = pdfOf(PRINTS.booklet.path, '-sidetal');
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      const prints = await page.evaluate(() => (window as unknown as { prints: number }).prints);
      const violations = await violationsOf(page);
      // When the print dialog closes, the web page is back: no pages, its own stylesheets on.
      const restored = await page.evaluate(() => {
        window.dispatchEvent(new Event('afterprint'));
        return {
          pages: document.querySelectorAll('.pagedjs_pages').length,
          paged: document.documentElement.classList.contains('paged'),
          disabledSheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')].filter((link) => link.disabled).length,
          adopted: document.adoptedStyleSheets.length,
          mainShown: document.querySelector('main')?.checkVisibility() ?? false,
        };
      });
      await watch.dispose();
      paged = { ...readPdf(pdf), ink: inkPerPage(pdf), violations, prints, restored };
    }, 180_000);

    it('prints once, under the site’s Content Security Policy', () => {
      expect(paged.prints).toBe(1);
      expect(paged.violations).toEqual([]);
    });

    it('is the web page again after printing', () => {
      expect(paged.restored).toEqual({ pages: 0, paged: false, disabledSheets: 0, adopted: 0, mainShown: true });
    });

    it('gives each contents entry the page on which that part begins', () => {
      const contents = paged.pages[1] ?? '';
      const parts = [da.print.overview, ...areaTitles];
      const begins = (title: string) =>
        paged.pages.findIndex((text, index) => index > 1 && text.includes(title) && (title === da.print.overview || paged.footerTitles[index] === title)) + 1;
      const expected = parts.map((title, index) => `${index + 1}. ${title} ${begins(title)}`);
      for (const title of parts) expect(begins(title), title).toBeGreaterThan(2);
      expect(contents).toContain(`${da.print.contents} ${expected.join(' ')}`);
    });

    it('prints the contents numbers right-aligned, none cut off', () => {
      // Word boxes on the contents page (pdftotext -bbox), in points from the sheet's left edge.
      const words = [...poppler('pdftotext', ['-bbox', '-f', '2', '-l', '2', pdfOf(PRINTS.booklet.path, '-sidetal'), '-']).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, text]) => ({ xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), text }),
      );
      const leftMargin = (20 / 25.4) * 72;
      const listNumbers = words.filter((word) => /^\d+\.$/.test(word.text ?? ''));
      expect(listNumbers.map((word) => word.text)).toEqual([da.print.overview, ...areaTitles].map((_, index) => `${index + 1}.`));
      for (const word of listNumbers) expect(word.xMin, word.text).toBeGreaterThanOrEqual(leftMargin - 0.5);
      // The page numbers: the last word of each entry, all ending on one right edge.
      // Not the footer's "Side 2 af 41", which stands in the bottom margin (24 mm).
      const footerTop = ((297 - 24) / 25.4) * 72;
      const pageNumbers = words.filter((word) => /^\d+$/.test(word.text ?? '') && word.xMin > 300 && word.yMin < footerTop);
      expect(pageNumbers).toHaveLength(listNumbers.length);
      const right = Math.max(...pageNumbers.map((word) => word.xMax));
      for (const word of pageNumbers) expect(right - word.xMax, word.text).toBeLessThan(0.5);
    });

    it('has every area, each from a new page with its title in the footer, and no nearly blank page inside an area', () => {
      const runs = paged.footerTitles.filter((title, i, all) => title !== all[i - 1]);
      expect(runs).toEqual([doc.title, ...areaTitles]);
      const blank = paged.ink.flatMap((share, index) => (share < NEARLY_BLANK && !mayBeShort(paged, index, true) ? [`page ${index + 1}`] : []));
      expect(blank).toEqual([]);
      paged.pages.forEach((text, index) => expect(text, `page ${index + 1}`).toContain(da.print.pageNumber.replace('{page}', `${index + 1}`).replace('{pages}', `${paged.pages.length}`)));
    });

    it('says when and from where it was printed, and prints no navigation or relative path', () => {
      const text = paged.pages.join(' ');
      expect(dates.some((date) => (paged.pages[0] ?? '').includes(`${da.print.printed} ${date} ${da.print.from} ${server.url}${PRINTS.booklet.path}`))).toBe(true);
      for (const absent of NAVIGATION_WORDS) expect(text).not.toContain(absent);
      expect(withoutStamp(text)).not.toMatch(/(^|[\s(])\/[\w-]+\//);
    });
  });

  it('prints the booklet’s contents without page numbers where the browser prints it itself, never wrong ones', () => {
    const contents = printed.booklet.pages[1] ?? '';
    const entries = [da.print.overview, ...areaTitles].map((title, index) => `${index + 1}. ${title}`);
    expect(contents).toContain(`${da.print.contents} ${entries.join(' ')}`);
  });

  describe('on screen', () => {
    it('adds a real "Udskriv" button that prints, and shows no print-only text', async () => {
      const page = await pool.page();
      await page.goto(server.url + PRINTS.area.path);
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      const button = page.getByRole('button', { name: da.print.button, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      expect(await page.locator('[data-print-stamp]').isVisible()).toBe(false);
    });

    it('fits the booklet on a 360 px phone screen without sideways scrolling', async () => {
      const page = await pool.page({ viewport: { width: 360, height: 740 } });
      await page.goto(server.url + PRINTS.booklet.path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });

    it('renders the stamp again right before printing', async () => {
      const page = await pool.page();
      await page.goto(server.url + PRINTS.area.path);
      const time = page.locator('[data-print-stamp] time');
      await time.evaluate((el) => {
        el.textContent = '';
        window.dispatchEvent(new Event('beforeprint'));
      });
      expect(dates).toContain(await time.textContent());
    });
  });

  describe('stylesheets', () => {
    it('gives every page a footer stylesheet that names the page by its h1', () => {
      for (const path of listPages()) {
        const page = readPage(path);
        const h1 = textOf(page.querySelector('h1'));
        const sheets = page.querySelectorAll('link[rel="stylesheet"][media="print"]').map((link) => link.getAttribute('href') ?? '');
        expect(sheets, path).toHaveLength(2);
        const css = sheets.map((href) => readFileSync(fileOf(href), 'utf-8')).join('\n');
        // A document's pages name the document; site-wide pages (accounts, search) the site.
        const line = path.startsWith('2022/oekonomiudvalget/') || path === '' ? DOCUMENT_LINE : SITE_LINE;
        expect(css, path).toContain(`content: ${cssString(`${line}\n${h1}`)}`);
        expect(css, path).toMatch(/size:\s*A4/);
      }
    });

    it('keeps the print script within its budget of 0.5 KB gzipped', () => {
      const sources = readPage(PRINTS.area.path).querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? '');
      const src = sources.find((file) => existsSync(fileOf(file)) && readFileSync(fileOf(file), 'utf-8').includes('beforeprint')) ?? '';
      expect(existsSync(fileOf(src))).toBe(true);
      expect(gzipSync(readFileSync(fileOf(src)), { level: 9 }).length).toBeLessThanOrEqual(512);
    });
  });
});

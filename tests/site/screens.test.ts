// Reading on every screen: phone to wide desktop, zoomed text, text spacing, dark scheme and
// forced colours. Each page type is loaded once and checked at every width, with text spacing,
// and with axe's colour rules in the dark scheme and with forced colours. `npm run screenshots`
// also saves each page type at 360 and 1280 px in tests/.output/screens/, to look at (they check
// nothing, and cost a third of this file's CPU, so the test command does not make them).
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, clippedLinks, COLOUR_RULES } from '../support/page-checks.ts';
import { useServedSite } from '../support/served-site.ts';
import { listPages, readPage, SITE_DIR, textOf } from '../support/site.ts';

const SCREENS_DIR = join('tests', '.output', 'screens');
/** Set by `npm run screenshots`. */
const SCREENSHOTS = process.env.BUDGET_SCREENSHOTS === '1';

/** The document whose pages are checked (issue 10's URLs: /<year>/<committee>/…). */
const DOC = '2022/oekonomiudvalget/';
/** One page of each type the site has, with a name for its screenshots. */
const PAGE_TYPES: Record<string, string> = {
  front: '',
  'area-recipients': `${DOC}omraader/arbejdsmarked-og-borgerservice/`,
  'area-parts': `${DOC}omraader/digitalisering-og-it/`,
  'area-short': `${DOC}omraader/beredskab/`,
  'account-index': 'konti/',
  account: 'konti/05-58-82/',
  search: 'soeg/',
  booklet: `${DOC}udskriv/`,
  accessibility: 'tilgaengelighed/',
  'not-found': '404.html',
};
const RECIPIENTS = PAGE_TYPES['area-recipients'] as string;
const AREA_PAGES = existsSync(SITE_DIR) ? listPages().filter((path) => path.startsWith(`${DOC}omraader/`)) : [];

/** Phone to wide desktop. */
const WIDTHS = [320, 360, 768, 1280, 1920];

// WCAG 1.4.12: the spacing a reader may set, all at once.
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Sets the viewport's width and waits until the page has been laid out and drawn at it. */
async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Tables whose box is narrower than the table, by caption. */
function tablesThatScroll(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.table-scroll')]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${box.querySelector('caption')?.textContent?.trim()} (${box.scrollWidth} > ${box.clientWidth})`),
  );
}

/**
 * Words in headings, table cells, captions and navigation that the browser broke across two
 * lines with no hyphen. Slashes, dashes, soft hyphens and <wbr> are places a word may break.
 */
function wordsBrokenWithoutHyphen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const range = document.createRange();
    for (const el of document.querySelectorAll('h1, h2, h3, h4, th, td, caption, .area-nav a, .toc a')) {
      if (!(el as HTMLElement).checkVisibility()) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden')) continue;
        for (const match of (node.textContent ?? '').matchAll(/[^\s\u00AD\-–/]+/g)) {
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = [...range.getClientRects()].map((rect) => rect.top);
          if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 4) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

/** Properties that set a colour: colour custom properties (--color-*, --chart-*) and colour properties. */
const COLOUR_PROPERTY = /^(?:--(?:color|chart)-[\w-]+|color|background-color|border(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?-color|outline-color|text-decoration-color|fill|stroke|forced-color-adjust|color-scheme)$/;

/** Each property declared inside an @media block whose condition matches `media`, with that condition. */
function mediaDeclarations(css: string, media: RegExp): { media: string; property: string }[] {
  const found: { media: string; property: string }[] = [];
  const open: { media?: string; rule: boolean }[] = [];
  let text = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      const prelude = text.trim();
      const condition = /^@media\b/.test(prelude) && media.test(prelude) ? prelude : undefined;
      open.push({ media: condition, rule: !prelude.startsWith('@') });
      text = '';
    } else if (char === '}') {
      const block = open.pop();
      const within = open.findLast((b) => b.media)?.media;
      if (block?.rule && within) {
        for (const declaration of text.split(';')) {
          const property = declaration.split(':')[0]?.trim();
          if (property) found.push({ media: within, property });
        }
      }
      text = '';
    } else if (char === ';' && !open.at(-1)?.rule) {
      text = ''; // an at-rule statement such as @import
    } else {
      text += char;
    }
  }
  return found;
}

describe('reading on every screen', () => {
  const site = useServedSite();

  // Each page type is loaded once, at the narrowest width, and then widened step by step, as a
  // reader turning a phone or widening a window would; the layout is read after the browser has
  // laid the page out again and its scripts have answered the resize (two animation frames).
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    it(`/${path}: no sideways scrolling from 320 to 1920 px, also with WCAG 1.4.12 text spacing at 320 and 360 px; no link cut off in the rail or the area menu; tables fit at 1280 px; no word broken without a hyphen at 768 px and below; no WCAG 2.2 A/AA colour violations (contrast, links told apart) in the dark scheme or with forced colours`, async () => {
      if (SCREENSHOTS) mkdirSync(SCREENS_DIR, { recursive: true });
      const page = await site.page({ viewport: { width: WIDTHS[0] as number, height: 900 } });
      await page.goto(site.server.url + path, { waitUntil: 'load' });
      const problems: string[] = [];
      for (const width of WIDTHS) {
        await resize(page, width);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) problems.push(`at ${width} px: ${overflow} px wider than the screen`);
        if (width === 1280) problems.push(...(await tablesThatScroll(page)).map((table) => `at ${width} px: table scrolls: ${table}`));
        problems.push(...(await clippedLinks(page)).map((link) => `at ${width} px: ${link}`));
        if (width <= 768) problems.push(...(await wordsBrokenWithoutHyphen(page)).map((word) => `at ${width} px: "${word}" broken without a hyphen`));
        if (width === 320 || width === 360) {
          const spacing = await page.addStyleTag({ content: TEXT_SPACING });
          const spaced = await sidewaysOverflow(page);
          if (spaced > 0) problems.push(`at ${width} px with text spacing: ${spaced} px wider than the screen`);
          await spacing.evaluate((style) => (style as Element).remove());
        }
        // The booklet is every area on one page: its first screen says enough.
        if (SCREENSHOTS && (width === 360 || width === 1280)) await page.screenshot({ path: join(SCREENS_DIR, `${name}-${width}.png`), fullPage: name !== 'booklet', timeout: 120_000 });
      }
      await resize(page, 1280);
      // What the dark scheme and forced colours can change is colour (the test below), so axe's
      // colour rules say all there is to say; the browser checks run all rules on every page.
      for (const mode of ['dark', 'forced'] as const) {
        await page.emulateMedia(mode === 'dark' ? { colorScheme: 'dark' } : { forcedColors: 'active', colorScheme: 'dark' });
        problems.push(...(await axeViolations(page, 'screen', COLOUR_RULES)).map((violation) => `${mode}: ${violation}`));
      }
      expect(problems).toEqual([]);
    }, 120_000);
  }

  // The dark scheme and forced colours get axe's colour rules only (above). That says all there is
  // to say as long as the site's CSS for them changes colours and nothing else: no layout, no
  // visibility, no content. (The charts' script redraws them in the scheme's colours.)
  it('changes nothing but colours in the dark scheme and with forced colours (so axe’s colour rules cover them)', () => {
    const stylesheets = readdirSync(join(SITE_DIR, '_astro')).filter((name) => name.endsWith('.css'));
    const declared = stylesheets.flatMap((name) => mediaDeclarations(readFileSync(join(SITE_DIR, '_astro', name), 'utf-8'), /prefers-color-scheme|forced-colors/));
    expect(declared.filter((d) => /prefers-color-scheme/.test(d.media)).length, 'no dark-scheme CSS found').toBeGreaterThan(0);
    expect(declared.filter((d) => /forced-colors/.test(d.media)).length, 'no forced-colours CSS found').toBeGreaterThan(0);
    expect(declared.filter((d) => !COLOUR_PROPERTY.test(d.property)).map((d) => `${d.media}: ${d.property}`)).toEqual([]);
  });

  it('keeps the recipient table readable on a phone: the label column stays while the counts scroll, with a cue', async () => {
    const page = await site.page({ viewport: { width: 360, height: 900 } });
    await page.goto(site.server.url + RECIPIENTS);
    const region = page.getByRole('region', { name: /ydelsesmodtagere/ });
    await expect(region.locator('.table-scroll__cue').isVisible()).resolves.toBe(true);
    const label = region.locator('tbody th', { hasText: 'Førtidspension' });
    const before = await label.boundingBox();
    const firstCount = await region.locator('tbody td').first().boundingBox();
    // A label and at least one count side by side on the screen.
    expect(before && firstCount && firstCount.x + firstCount.width <= 360 && before.width < 360 / 1.6).toBe(true);
    await region.evaluate((el) => el.scrollTo({ left: 200, behavior: 'instant' }));
    await expect.poll(async () => (await label.boundingBox())?.x).toBe(before?.x);
  });

  it('shows the front page table on a phone as name, amount and share with their headings', async () => {
    const page = await site.page({ viewport: { width: 360, height: 900 } });
    await page.goto(site.server.url);
    const row = page.locator('table.overview tbody tr').first();
    const [name, amount, share] = await Promise.all(['th', 'td:nth-of-type(1)', 'td:nth-of-type(2)'].map((cell) => row.locator(cell).boundingBox()));
    // Amount and share on lines of their own below the name, each wholly on the screen.
    expect(amount!.y).toBeGreaterThan(name!.y);
    expect(share!.y).toBeGreaterThan(amount!.y);
    expect(amount!.x + amount!.width).toBeLessThanOrEqual(360);
    const shown = await row.locator('td').first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(shown).toContain('Nettobudget');
    // Still a table to assistive technology: the cell is a cell under its column header.
    expect(await page.getByRole('cell', { name: '989.049.000 kr.', exact: true }).count()).toBe(1);
  });
});

describe('area navigation', () => {
  const site = useServedSite();

  it('lists every area on every area page, the page itself marked current', () => {
    expect(AREA_PAGES.length).toBeGreaterThan(1);
    for (const path of AREA_PAGES) {
      const nav = readPage(path).querySelector('nav.area-nav');
      expect(nav, path).not.toBeNull();
      const links = nav?.querySelectorAll('a') ?? [];
      expect(links.map((a) => a.getAttribute('href')).sort(), path).toEqual(AREA_PAGES.map((p) => `/${p}`).sort());
      const current = links.filter((a) => a.getAttribute('aria-current') === 'page');
      expect(current.map((a) => a.getAttribute('href')), path).toEqual([`/${path}`]);
      expect(textOf(readPage(path).querySelector('main .to-top')), path).toBe('Til toppen');
    }
    // The front page lists them too, none current.
    const front = readPage('').querySelector('nav.area-nav');
    expect(front?.querySelectorAll('a')).toHaveLength(AREA_PAGES.length);
    expect(front?.querySelectorAll('[aria-current]')).toHaveLength(0);
  });

  it('is a sidebar on a wide screen, reached by the keyboard before the contents rail', async () => {
    const page = await site.page({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url + RECIPIENTS, { waitUntil: 'load' });
    const nav = page.getByRole('navigation', { name: 'Områder', exact: true });
    const main = await page.locator('main').boundingBox();
    const navBox = await nav.boundingBox();
    expect(navBox!.x + navBox!.width).toBeLessThanOrEqual(main!.x);
    expect(await nav.getByRole('link').count()).toBe(AREA_PAGES.length);
    expect(await nav.getByRole('link').first().isVisible()).toBe(true);
    // The rail: "Indhold på siden" beside the text, to the right of the prose.
    const rail = await page.getByRole('navigation', { name: 'Indhold på siden' }).boundingBox();
    const prose = await page.locator('.prose').boundingBox();
    expect(rail!.x).toBeGreaterThanOrEqual(prose!.x + prose!.width);
    // Tab through the page: every area link in order, then the rail's links; each focus on screen.
    const walk: { where: string; href: string | null; onScreen: boolean }[] = [];
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      walk.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const box = el.getBoundingClientRect();
          const where = el.closest('.area-nav') ? 'nav' : el.closest('.toc') ? 'toc' : 'other';
          return { where, href: el.getAttribute('href'), onScreen: box.top >= 0 && box.bottom <= innerHeight && box.width > 0 };
        }),
      );
    }
    // The sidebar itself is the first stop (a scroll region the keyboard can scroll), then its links.
    expect(walk.find((step) => step.where === 'nav')?.href).toBeNull();
    const navSteps = walk.filter((step) => step.where === 'nav' && step.href !== null);
    expect(navSteps.map((step) => step.href)).toEqual(await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    expect(walk.findIndex((step) => step.where === 'toc')).toBeGreaterThan(walk.findLastIndex((step) => step.where === 'nav'));
    expect(walk.filter((step) => step.where !== 'other').every((step) => step.onScreen)).toBe(true);
  });

  it('is a menu on a phone that opens and closes from the keyboard without JavaScript', async () => {
    const page = await site.page({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    await page.goto(site.server.url + PAGE_TYPES['area-short']);
    const nav = page.getByRole('navigation', { name: 'Områder', exact: true });
    const first = nav.getByRole('link').first();
    expect(await first.isVisible()).toBe(false);
    // Skip link, site name, search box, search button, then the menu.
    let steps = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('area-nav__summary'))) && steps < 10) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect(steps).toBeLessThan(10);
    await expect(page.locator('.area-nav__summary').textContent()).resolves.toContain('Beredskab');
    await page.keyboard.press('Enter');
    expect(await first.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await first.getAttribute('href'));
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await first.isVisible()).toBe(false);
  });

  it('takes the reader back to the top from the end of a long page', async () => {
    const page = await site.page({ viewport: { width: 360, height: 800 } });
    await page.goto(site.server.url + RECIPIENTS);
    await page.getByRole('link', { name: 'Til toppen' }).click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  });
});

describe('subtotals in the markup', () => {
  it('ties each subtotal to its rows: a tbody per group headed by th scope="rowgroup"', () => {
    const page = readPage(RECIPIENTS);
    const groups = page.querySelectorAll('#modtagertabel tbody.recipient-table__group');
    expect(groups).toHaveLength(2);
    for (const group of groups) {
      const rows = group.querySelectorAll('tr');
      expect(rows[0]?.querySelector('th')?.getAttribute('scope')).toBe('rowgroup');
      expect(rows.slice(1).every((tr) => tr.querySelector('th')?.getAttribute('scope') === 'row')).toBe(true);
    }
    // Rows outside a group are alone in their tbody; no rowgroup header there.
    const single = page.querySelectorAll('#modtagertabel tbody:not(.recipient-table__group)');
    expect(single.every((tbody) => tbody.querySelectorAll('tr').length === 1 && !tbody.querySelector('[scope="rowgroup"]'))).toBe(true);
    // The note says in words what each subtotal sums, not by its look.
    const note = textOf(page.querySelector('.recipient-table__note'));
    expect(note).not.toMatch(/fed|indrykke/);
    expect(note).toContain('Kontant og uddannelseshjælp er summen af Kontanthjælp og Uddannelseshjælp.');
  });

  it('ties each account with several rows to them in the account index', () => {
    const page = readPage('konti/');
    const spanning = page.querySelectorAll('tbody th[rowspan]');
    expect(spanning.length).toBeGreaterThan(0);
    expect(spanning.every((th) => th.getAttribute('scope') === 'rowgroup')).toBe(true);
  });
});

describe('colour schemes and forced colours', () => {
  const site = useServedSite();

  /** The colours the first chart on the page was drawn with, and what the page's text colour resolves to. */
  const chartColours = (page: Page) =>
    page.evaluate(() => {
      const canvas = document.querySelector('figure[data-chart] canvas') as HTMLCanvasElement & {
        chart: { options: { color: string; scales: { x: { ticks: { color: string } } } } };
        palette: { text: string; series: string[] };
      };
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      probe.style.forcedColorAdjust = 'none';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      return {
        canvasText,
        bodyText: getComputedStyle(document.body).color,
        labels: canvas.palette.text,
        legend: canvas.chart.options.color,
        ticks: canvas.chart.options.scales.x.ticks.color,
        series: canvas.palette.series,
      };
    });

  it('draws chart text in the system text colour with forced colours, series told apart by pattern', async () => {
    const page = await site.page({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.goto(site.server.url + RECIPIENTS);
    await page.waitForSelector('figure[data-chart-state="drawn"]');
    const colours = await chartColours(page);
    expect(colours.canvasText).not.toBe('rgb(27, 27, 27)');
    expect([colours.labels, colours.legend, colours.ticks]).toEqual([colours.canvasText, colours.canvasText, colours.canvasText]);
    // The legend's swatches keep their patterns: three different fills, all in the system colour.
    const swatches = await page.locator('.chart__swatch').evaluateAll((els) =>
      els.map((el) => ({ image: getComputedStyle(el).backgroundImage, border: getComputedStyle(el).borderTopColor })),
    );
    expect(new Set(swatches.map((swatch) => swatch.image)).size).toBe(3);
    expect(swatches.every((swatch) => swatch.border === colours.canvasText)).toBe(true);
  });

  it('draws charts again when forced colours or the colour scheme change', async () => {
    const page = await site.page({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await page.goto(site.server.url + RECIPIENTS);
    await page.waitForSelector('figure[data-chart-state="drawn"]');
    const light = await chartColours(page);
    expect(light.labels).toBe('rgb(27, 27, 27)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => { const c = await chartColours(page); return c.labels === c.bodyText && c.labels !== light.labels; }, { timeout: 15_000 }).toBe(true);
    const dark = await chartColours(page);
    expect(dark.labels).not.toBe(light.labels);
    expect(dark.series).not.toEqual(light.series);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(async () => { const c = await chartColours(page); return c.ticks === c.canvasText && c.labels === c.canvasText; }, { timeout: 15_000 }).toBe(true);
  });

  it('names a chart canvas shortly, so its summary is read once (in the caption)', () => {
    const figure = readPage(RECIPIENTS).querySelector('figure[data-chart]');
    const canvas = figure?.querySelector('canvas');
    expect(canvas?.getAttribute('aria-labelledby')).toBeFalsy();
    const name = canvas?.getAttribute('aria-label') ?? '';
    expect(name.length).toBeGreaterThan(0);
    expect(textOf(figure?.querySelector('figcaption'))).not.toContain(name);
  });
});

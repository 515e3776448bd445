// WCAG 2.2 A/AA over every built page, on screen and in print, plus what axe cannot see:
// a working skip link, visible focus, a tab order that follows the page, one h1 and lang="da".
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { useServedSite } from '../support/served-site.ts';
import { assertBuilt, listPages, readPage, SITE_DIR, textOf } from '../support/site.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One violation per line with the rule, its help text and where it happens, for a readable failure. */
function describeViolations(path: string, violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${path || '/'}: ${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`),
  );
}

/** Runs axe (already added to the page) with the WCAG 2.x A and AA rules for a media type. */
async function runAxe(page: Page, media: 'screen' | 'print'): Promise<AxeResults> {
  // Paper has no pointer: target size (2.5.8) applies to the page on screen, not to its print.
  const rules: RunOptions['rules'] = media === 'print' ? { 'target-size': { enabled: false } } : {};
  return page.evaluate(
    ({ tags, rules }) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: { type: 'tag', values: tags }, rules }),
    { tags: WCAG_TAGS, rules },
  );
}

/** A short, stable description of the focused element (tag, id, classes, text). */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

// Pages are found in the build when the tests are collected, so every page, including ones
// added later, gets its own tests (and its own time limit). A missing build fails in beforeAll.
const PAGES = existsSync(SITE_DIR) ? listPages() : [];

describe('accessibility of every page', () => {
  const site = useServedSite();

  for (const path of PAGES) {
    it(`${path || '/'} has no WCAG 2.2 A/AA violations, on screen and in print`, async () => {
      const page = await site.browser.newPage();
      // Enhancements (search, charts) settle first: they may add or enable focusable elements.
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      await page.addScriptTag({ content: AXE_SOURCE });
      const problems: string[] = [];
      // One load, checked twice: switching the media type restyles the same document.
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        problems.push(...describeViolations(`${path || '/'} (${media})`, (await runAxe(page, media)).violations));
      }
      await page.close();
      expect(problems.join('\n')).toBe('');
    });
  }

  for (const path of PAGES) {
    it(`${path || '/'} is in Danish, has one h1, and starts with a skip link that moves focus to main`, async () => {
      const page = await site.browser.newPage();
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      const facts = await page.evaluate(() => ({ lang: document.documentElement.lang, h1: document.querySelectorAll('h1').length }));
      expect(facts).toEqual({ lang: 'da', h1: 1 });
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const box = el?.getBoundingClientRect();
        return { text: el?.textContent?.trim(), href: el?.getAttribute('href'), onScreen: !!box && box.top >= 0 && box.bottom <= innerHeight };
      });
      expect(first).toEqual({ text: 'Gå til sidens indhold', href: '#indhold', onScreen: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      await page.close();
    });

    it(`${path || '/'} shows focus on every focusable element and tabs through them in page order`, async () => {
      const page = await site.browser.newPage();
      const problems: string[] = [];
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      // What a keyboard user should reach, in DOM order: visible, enabled, not taken out of the order.
      const expected = await page.evaluate(() => {
        const selector = 'a[href], button, input, select, textarea, summary, [tabindex], audio[controls], video[controls], [contenteditable]';
        const all = [...document.querySelectorAll<HTMLElement>(selector)];
        const positive = all.filter((el) => el.tabIndex > 0).map((el) => el.outerHTML.slice(0, 80));
        const reachable = all.filter((el) => {
          if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
          if (el.closest('[inert], [hidden]')) return false;
          const style = getComputedStyle(el);
          return style.visibility !== 'hidden' && style.display !== 'none' && el.getClientRects().length > 0;
        });
        reachable.forEach((el, i) => el.setAttribute('data-tab-index-expected', String(i)));
        return { count: reachable.length, positive };
      });
      if (expected.positive.length > 0) problems.push(`positive tabindex on ${expected.positive.join(', ')}`);
      const order: number[] = [];
      for (let i = 0; i < expected.count; i += 1) {
        await page.keyboard.press('Tab');
        const step = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          // Computed styles are live: read the focused look into a string before blurring.
          const focused = getComputedStyle(el);
          const ring = `${focused.outlineStyle} ${focused.outlineWidth} ${focused.boxShadow}`;
          el.blur();
          const plain = getComputedStyle(el);
          const without = `${plain.outlineStyle} ${plain.outlineWidth} ${plain.boxShadow}`;
          el.focus({ focusVisible: true } as FocusOptions);
          return { index: Number(el.getAttribute('data-tab-index-expected') ?? -1), visible: ring !== without };
        });
        if (!step) break;
        if (!step.visible) problems.push(`no visible focus on ${await describeFocus(page)}`);
        order.push(step.index);
      }
      const inOrder = Array.from({ length: expected.count }, (_, i) => i);
      if (order.join(',') !== inOrder.join(',')) problems.push(`tab order ${order.join(',')} differs from page order ${inOrder.join(',')}`);
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});

describe('the accessibility statement', () => {
  beforeAll(() => assertBuilt());

  it('is linked from every page’s footer, to the site’s own page while no address is set', () => {
    for (const path of listPages()) {
      const link = readPage(path).querySelectorAll('footer a').find((a) => textOf(a) === 'Tilgængelighedserklæring');
      expect(link?.getAttribute('href'), path).toBe('/tilgaengelighed/');
    }
  });

  it('explains on that page where the statement will be published', () => {
    const text = textOf(readPage('tilgaengelighed/').querySelector('main'));
    expect(text).toContain('Tilgængelighedserklæring');
    expect(text).toContain('Digitaliseringsstyrelsens værktøj til tilgængelighedserklæringer (WAS-værktøjet)');
    expect(text).toContain('Når erklæringen er offentliggjort, fører linket');
  });
});

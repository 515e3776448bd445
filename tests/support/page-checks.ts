// The checks a browser makes of one loaded page, each returning what it found wrong (empty when
// all is well). tests/site/browser-checks.test.ts loads every page once and runs them all in turn,
// in an order where no check disturbs the next: first what reads the page as it loaded (axe,
// lang, h1), then the keyboard, then what changes the page (search, scrolling the charts in).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** How long a page may take to settle (scripts run, charts drawn, search answered). */
const SETTLE_MS = 10_000;

/** What a page recorded while it was open: CSP violations and page errors, and every request. */
export interface PageRecord {
  violations: string[];
  requests: string[];
}

/** Starts recording CSP violations (events and console), page errors and requests; call before `goto`. */
export async function recordPage(page: Page): Promise<PageRecord> {
  const record: PageRecord = { violations: [], requests: [] };
  // Init scripts come from the browser, not the page, so the CSP under test does not block them.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|CSP violation/i.test(text)) record.violations.push(text);
  });
  page.on('pageerror', (error) => record.violations.push(`page error: ${error.message}`));
  page.on('request', (request) => record.requests.push(request.url()));
  return record;
}

/**
 * Waits until the page's scripts have done what they do on load: every chart figure drawn (or
 * left as its table) and the search page's box enhanced. `load` alone does not say so: the
 * chart and search modules are imported after it.
 */
export async function settle(page: Page): Promise<string[]> {
  try {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].every((figure) => figure.dataset.chartState !== undefined) &&
        [...document.querySelectorAll<HTMLElement>('form[data-search="page"]')].every((form) => form.dataset.enhanced !== undefined),
      undefined,
      { timeout: SETTLE_MS, polling: 50 },
    );
    return [];
  } catch {
    return [`scripts did not settle within ${SETTLE_MS} ms (a chart undrawn or the search page's box not enhanced)`];
  }
}

/** One violation per line with the rule, its help text and where it happens, for a readable failure. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`),
  );
}

/**
 * Has every document the tab loads from now on start with axe-core (through the debugging
 * protocol, so the page's CSP does not apply; it only defines `window.axe`). For a tab that runs
 * axe on page after page: V8 then reuses its compiled axe from page to page, and its 550 KB no
 * longer cross the debugging protocol for each page. The browser checks (38 pages) took 79–80 s
 * of CPU so, against 95–98 s with axe injected into each loaded page.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript(AXE_SOURCE);
}

/**
 * The WCAG A/AA rules of axe-core that read colours (contrast of text, links told apart from the
 * text around them by colour): all that a colour scheme or forced colours can change, where the
 * site's CSS for them sets nothing but colours (screens.test.ts checks that it does).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * axe-core's WCAG 2.x A and AA violations with the page shown in a media type; with `only`, those
 * rules alone (each must be one of the WCAG A/AA rules).
 */
export async function axeViolations(page: Page, media: 'screen' | 'print', only?: readonly string[]): Promise<string[]> {
  // Evaluated through the debugging protocol, so the page's CSP (no inline scripts) does not apply.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  await page.emulateMedia({ media });
  // Paper has no pointer: target size (2.5.8) applies to the page on screen, not to its print.
  const rules: RunOptions['rules'] = media === 'print' ? { 'target-size': { enabled: false } } : {};
  // Only violations are read, so only they are gathered in full (passes cost as much again).
  const results: AxeResults = await page.evaluate(
    ({ tags, only, rules }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const wcag = new Set(axe.getRules(tags).map((rule) => rule.ruleId));
      const outside = (only ?? []).filter((id) => !wcag.has(id));
      if (outside.length > 0) throw new Error(`Not WCAG A/AA rules of axe-core: ${outside.join(', ')}`);
      const runOnly = only ? { type: 'rule' as const, values: only } : { type: 'tag' as const, values: tags };
      return axe.run(document, { runOnly, rules, resultTypes: ['violations'] });
    },
    { tags: WCAG_TAGS, only: only ? [...only] : undefined, rules },
  );
  await page.emulateMedia({ media: null });
  return describeViolations(results.violations);
}

/** The page is in Danish and has exactly one h1. */
export async function langAndHeading(page: Page): Promise<string[]> {
  const facts = await page.evaluate(() => ({ lang: document.documentElement.lang, h1: document.querySelectorAll('h1').length }));
  const problems: string[] = [];
  if (facts.lang !== 'da') problems.push(`lang is "${facts.lang}", not "da"`);
  if (facts.h1 !== 1) problems.push(`${facts.h1} h1 elements, not one`);
  return problems;
}

/** What the keyboard walk found: the first stop (the skip link), focus rings and the order. */
export interface KeyboardFindings {
  skipLink: string[];
  focusVisible: string[];
  tabOrder: string[];
}

/**
 * Presses Tab `times` times as real key events (through the debugging protocol, as Playwright's
 * keyboard does), sent without waiting for each: the browser handles them in order, one after
 * the other, and the last answer comes when all are done.
 */
async function pressTab(page: Page, times: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  const presses: Promise<unknown>[] = [];
  for (let i = 0; i < times; i += 1) {
    presses.push(session.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key }), session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
  }
  await Promise.all(presses);
  await session.detach();
}

/** One Tab stop as the page recorded it (see `keyboardWalk`). */
interface TabStop {
  /** The stop's place among the reachable elements in page order (-1: not among them). */
  index: number;
  /** Whether the focused look differs from the unfocused one (outline or box shadow). */
  visible: boolean;
  /** Tag, id, classes and text, to name the stop in a failure. */
  description: string;
  text: string | undefined;
  href: string | null;
  onScreen: boolean;
}

/**
 * Tabs through the freshly loaded page: the first stop must be the skip link ("Gå til sidens
 * indhold", on screen), every stop must show focus, and the stops must follow the page order with
 * no positive tabindex. Then the skip link, activated with Enter, must move focus to main.
 * The page records each stop itself (a focusin listener compares the focused look with the look
 * read before the walk), so a stop costs one key press and no round trip of its own: the
 * booklet's hundreds of stops took most of its check's time when each was read back one by one.
 */
export async function keyboardWalk(page: Page): Promise<KeyboardFindings> {
  const found: KeyboardFindings = { skipLink: [], focusVisible: [], tabOrder: [] };
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
    const look = (el: Element) => {
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`;
    };
    // Every focusable element's unfocused look, read before anything has focus.
    const unfocused = new Map(all.map((el) => [el, look(el)] as const));
    reachable.forEach((el, i) => el.setAttribute('data-tab-index-expected', String(i)));
    const stops: unknown[] = [];
    (window as unknown as { tabStops: unknown[] }).tabStops = stops;
    document.addEventListener(
      'focusin',
      (event) => {
        const el = event.target as HTMLElement;
        const box = el.getBoundingClientRect();
        stops.push({
          index: Number(el.getAttribute('data-tab-index-expected') ?? -1),
          // A stop outside the focusable elements has no unfocused look on record (and breaks the order).
          visible: unfocused.has(el) && look(el) !== unfocused.get(el),
          description: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
          text: el.textContent?.trim(),
          href: el.getAttribute('href'),
          onScreen: box.top >= 0 && box.bottom <= innerHeight,
        });
      },
      true,
    );
    return { count: reachable.length, positive };
  });
  if (expected.positive.length > 0) found.tabOrder.push(`positive tabindex on ${expected.positive.join(', ')}`);
  await pressTab(page, expected.count);
  const stops = (await page.evaluate(() => (window as unknown as { tabStops: unknown[] }).tabStops)) as TabStop[];
  const first = stops[0];
  if (first && (first.text !== 'Gå til sidens indhold' || first.href !== '#indhold' || !first.onScreen)) {
    const { text, href, onScreen } = first;
    found.skipLink.push(`the first Tab stop is ${JSON.stringify({ text, href, onScreen })}, not the skip link "Gå til sidens indhold" to #indhold, on screen`);
  }
  for (const stop of stops) if (!stop.visible) found.focusVisible.push(`no visible focus on ${stop.description}`);
  if (expected.count === 0) found.skipLink.push('nothing on the page can be reached with Tab');
  const order = stops.map((stop) => stop.index);
  const inOrder = Array.from({ length: expected.count }, (_, i) => i);
  if (order.join(',') !== inOrder.join(',')) found.tabOrder.push(`tab order ${order.join(',')} differs from page order ${inOrder.join(',')}`);

  // The skip link at work: focused (as the first Tab stop left it) and activated with Enter.
  if (found.skipLink.length === 0) {
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-tab-index-expected="0"]')?.focus());
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    if (focused !== 'MAIN') found.skipLink.push(`Enter on the skip link focused ${focused ?? 'nothing'}, not <main>`);
  }
  return found;
}

/**
 * Puts a word into the page's first visible search box, as pasting it would (one input event:
 * typing it key by key searched once per letter, a quarter of all the browser checks' time),
 * and waits for its answer.
 */
export async function useSearch(page: Page, word: string): Promise<string[]> {
  const search = page.locator('input[type="search"]').first();
  if ((await search.count()) === 0 || !(await search.isVisible())) return [];
  await search.focus();
  await search.fill(word);
  try {
    await page.waitForFunction(
      () => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        return !!input?.form?.querySelector('[data-search-status]')?.textContent?.trim();
      },
      undefined,
      { timeout: SETTLE_MS, polling: 50 },
    );
  } catch {
    return [`searching for "${word}" gave no answer within ${SETTLE_MS} ms`];
  }
  const results = await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type="search"]')?.form?.querySelectorAll('[data-search-results] a').length ?? 0);
  if (results > 0) return [];
  const status = await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type="search"]')?.form?.querySelector('[data-search-status]')?.textContent?.trim());
  return [`searching for "${word}" found nothing: ${status ?? ''}`];
}

/**
 * Links cut off by the boxes that scroll beside the text (the contents rail and the area menu):
 * a box that scrolls up and down clips sideways too, so a word wider than the box is cut off.
 */
export async function clippedLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('nav.toc, nav.area-nav')) {
      if (!box.checkVisibility() || box.scrollWidth <= box.clientWidth + 1) continue;
      const right = box.getBoundingClientRect().right - parseFloat(getComputedStyle(box).borderRightWidth);
      for (const link of box.querySelectorAll('a')) {
        const overflow = Math.ceil(Math.max(...[...link.getClientRects()].map((rect) => rect.right)) - right);
        if (overflow > 1) cut.push(`${box.className.split(' ')[0]}: "${link.textContent?.trim()}" cut off by ${overflow} px`);
      }
    }
    return cut;
  });
}

/** Scrolls through the page (charts draw in view) and names every visible canvas that stays blank. */
export async function blankCharts(page: Page): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const blanks = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('canvas')]
        .filter((canvas) => canvas.getClientRects().length > 0)
        .filter((canvas) => {
          const context = canvas.getContext('2d');
          if (!context || canvas.width === 0 || canvas.height === 0) return true;
          return !context.getImageData(0, 0, canvas.width, canvas.height).data.some((value) => value !== 0);
        })
        .map((canvas) => canvas.id || canvas.getAttribute('aria-label') || 'canvas'),
    );
  // A chart animates in; give a blank one a moment before calling it blank.
  const deadline = Date.now() + 3000;
  let blank = await blanks();
  while (blank.length > 0 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    blank = await blanks();
  }
  return blank.map((name) => `chart ${name} drew nothing`);
}

/** Requests that left the site's origin (data: and blob: URLs stay in the page). */
export function foreignRequests(record: PageRecord, origin: string): string[] {
  return record.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

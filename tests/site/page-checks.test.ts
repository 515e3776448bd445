// The browser checks themselves (tests/support/page-checks.ts), on small pages made to pass or to
// fail: a check that passes every page of the site must still catch what it is there to catch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { usePagePool } from '../support/page-pool.ts';
import { keyboardWalk } from '../support/page-checks.ts';

const STYLE = '<style>a:focus-visible, button:focus-visible, main:focus { outline: 3px solid black; } .no-ring:focus-visible { outline: none; }</style>';
const SKIP = '<a href="#indhold">Gå til sidens indhold</a>';

describe('the keyboard walk', () => {
  let browser: Browser;
  const pool = usePagePool(() => browser);
  // A tab that showed other pages before, as in the browser checks; a new document each time
  // (setContent alone would write into the document that is there).
  const walk = async (body: string) => {
    const page = await pool.page();
    await page.goto('about:blank');
    await page.setContent(`<!doctype html><html lang="da"><head>${STYLE}</head><body>${body}</body></html>`);
    return keyboardWalk(page);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('passes a page whose stops follow the page, all with a visible focus, after a working skip link', async () => {
    const links = Array.from({ length: 60 }, (_, i) => `<a href="#a${i}">Link ${i}</a>`).join(' ');
    expect(await walk(`${SKIP}<main id="indhold" tabindex="-1"><p>${links}</p><button type="button">Knap</button></main>`)).toEqual({
      skipLink: [],
      focusVisible: [],
      tabOrder: [],
    });
  });

  it('names a stop without a visible focus', async () => {
    const found = await walk(`${SKIP}<main id="indhold" tabindex="-1"><a href="#x">Synlig</a> <a class="no-ring" href="#y">Usynlig</a></main>`);
    expect(found.focusVisible).toEqual(['no visible focus on a.no-ring "Usynlig"']);
    expect(found.tabOrder).toEqual([]);
  });

  it('reports a positive tabindex and a tab order that differs from the page', async () => {
    const found = await walk(`${SKIP}<main id="indhold" tabindex="-1"><a href="#x">Først</a> <a href="#y" tabindex="2">Sidst</a></main>`);
    expect(found.tabOrder.join('\n')).toMatch(/positive tabindex on <a href="#y" tabindex="2">/);
    expect(found.tabOrder.join('\n')).toMatch(/tab order 2,0,1 differs from page order 0,1,2/);
  });

  it('reports a first stop that is not the skip link, and a skip link that does not move focus to main', async () => {
    expect((await walk('<main id="indhold" tabindex="-1"><a href="#x">Noget andet</a></main>')).skipLink.join()).toMatch(/the first Tab stop is .*"Noget andet"/);
    expect((await walk(`${SKIP}<main><a href="#x">Link</a></main>`)).skipLink.join()).toMatch(/Enter on the skip link focused A, not <main>/);
  });
});

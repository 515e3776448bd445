// Pages lent to tests and taken back after each test, instead of a new browser context per test.
// A new context and page cost about a second of CPU here (a renderer process to start), a
// navigation in a page that exists a third of that. A page comes back with the options asked
// for: viewport, device scale and JavaScript on or off (one context per combination), media
// emulation reset, no listeners a previous test added. The site keeps nothing in storage or
// cookies, so what one test did cannot change what the next one sees once it has navigated:
// a lent page must be navigated (goto) before it is read, as every test does first; setContent
// alone writes into the document that is there.
import { afterEach } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface PageOptions {
  /** 1280 × 720 (Playwright's default) unless given. */
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  javaScriptEnabled?: boolean;
  /** Emulated on the page; the others are reset to the browser's defaults. */
  reducedMotion?: 'reduce' | 'no-preference';
}

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };
/** Events tests listen to; their listeners are removed when a page comes back. */
const TEST_EVENTS = ['console', 'pageerror', 'request', 'response', 'requestfailed', 'requestfinished', 'dialog', 'framenavigated'];

export class PagePool {
  private readonly contexts = new Map<string, Promise<BrowserContext>>();
  private readonly idle = new Map<string, Page[]>();
  private readonly lent = new Map<Page, string>();

  constructor(private readonly browser: () => Browser) {}

  /** A page with these options, for the current test; `release()` takes it back. */
  async page({ viewport = DEFAULT_VIEWPORT, deviceScaleFactor = 1, javaScriptEnabled = true, reducedMotion = 'no-preference' }: PageOptions = {}): Promise<Page> {
    const key = `${deviceScaleFactor}|${javaScriptEnabled}`;
    const spare = this.idle.get(key) ?? [];
    let page = spare.pop();
    while (page?.isClosed()) page = spare.pop();
    if (!page) page = await (await this.context(key, deviceScaleFactor, javaScriptEnabled)).newPage();
    this.lent.set(page, key);
    await Promise.all([
      page.setViewportSize(viewport),
      page.emulateMedia({ media: null, colorScheme: 'light', forcedColors: 'none', reducedMotion }),
    ]);
    return page;
  }

  /** Takes back every page lent since the last call (after each test). */
  async release(): Promise<void> {
    for (const [page, key] of this.lent) {
      if (page.isClosed()) continue;
      await Promise.all(TEST_EVENTS.map((type) => page.removeAllListeners(type)));
      const spare = this.idle.get(key) ?? [];
      spare.push(page);
      this.idle.set(key, spare);
    }
    this.lent.clear();
  }

  private context(key: string, deviceScaleFactor: number, javaScriptEnabled: boolean): Promise<BrowserContext> {
    let context = this.contexts.get(key);
    if (!context) {
      context = this.browser().newContext({ deviceScaleFactor, javaScriptEnabled });
      this.contexts.set(key, context);
      // A test may close its page's context; the next page then gets a new one.
      void context.then((c) => c.on('close', () => this.contexts.delete(key)));
    }
    return context;
  }
}

/** A pool for the tests of the calling describe block, taking its pages back after each test. */
export function usePagePool(browser: () => Browser): PagePool {
  const pool = new PagePool(browser);
  afterEach(() => pool.release());
  return pool;
}

// The built site over HTTP with a Chromium to read it, for one describe block: started before
// its tests, closed after them. Pages come from a pool (tests/support/page-pool.ts): `site.page()`
// lends one for the current test.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { usePagePool, type PageOptions } from './page-pool.ts';
import { serveSite, type StaticServer } from './server.ts';
import { assertBuilt, SITE_DIR } from './site.ts';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
  /** A page for the current test, navigated nowhere yet; taken back after the test. */
  page(options?: PageOptions): Promise<Page>;
}

/** Serves dist/ and launches Chromium in beforeAll; the fields are set once that has run. */
export function useServedSite(): ServedSite {
  const pool = usePagePool(() => site.browser);
  const site = { page: (options?: PageOptions) => pool.page(options) } as ServedSite;
  beforeAll(async () => {
    assertBuilt();
    site.server = await serveSite(SITE_DIR);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

// The built site over HTTP with a Chromium to read it, for one describe block: started before
// its tests, closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite, type StaticServer } from './server.ts';
import { assertBuilt, SITE_DIR } from './site.ts';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
}

/** Serves dist/ and launches Chromium in beforeAll; the fields are set once that has run. */
export function useServedSite(): ServedSite {
  const site = {} as ServedSite;
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

// Vitest global setup of the site tests: one Chromium for the whole run. Launching a browser
// costs about 2 s of CPU here (start and close); test files connect to this one instead
// (tests/support/browser.ts) and each connection still gets contexts and pages of its own,
// closed when the file closes its connection.
import { chromium } from 'playwright-core';
import { BROWSER_ENDPOINT, chromiumOptions } from './browser.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(chromiumOptions());
  // Test workers are started after this and inherit the environment.
  process.env[BROWSER_ENDPOINT] = server.wsEndpoint();
  return async () => {
    delete process.env[BROWSER_ENDPOINT];
    await server.close();
  };
}

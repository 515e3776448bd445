// Vitest global setup of the site tests: one Chromium for the whole run, and a folder of the
// run's own for fixture builds (tests/support/build.ts), removed when the run ends; files share
// some of those builds (`sharedBuild`). Launching a browser costs about 2 s of CPU here (start
// and close); test files connect to this one instead (tests/support/browser.ts), and each
// connection still gets contexts and pages of its own, closed when the file closes it.
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BROWSER_ENDPOINT, chromiumOptions } from './browser.ts';
import { FIXTURE_RUN, newFixtureRun } from './build.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const fixtures = newFixtureRun();
  const server = await chromium.launchServer(chromiumOptions());
  // Test workers are started after this and inherit the environment.
  process.env[BROWSER_ENDPOINT] = server.wsEndpoint();
  process.env[FIXTURE_RUN] = fixtures;
  return async () => {
    delete process.env[BROWSER_ENDPOINT];
    delete process.env[FIXTURE_RUN];
    await server.close();
    rmSync(fixtures, { recursive: true, force: true });
  };
}

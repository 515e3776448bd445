// Headless Chromium for browser tests, with the flags this sandbox needs (no background
// networking: the machine has no network, and Chromium would otherwise keep trying).
// In a Vitest run of the site tests one Chromium serves every file (tests/support/global-setup.ts):
// `launchBrowser()` then connects to it; elsewhere (benchmarks, scripts) it starts one.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** The environment variable that holds the shared Chromium's address during a test run. */
export const BROWSER_ENDPOINT = 'BUDGET_TESTS_CHROMIUM';

/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`) and the full browser (`chromium`):
 * the same engine and the same rendering (screenshots are pixel for pixel the same), but the shell
 * has no browser UI underneath, so a page load costs about 40 % less CPU here. The tests use the
 * shell when it is installed.
 */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'] as const;

/** Where Chromium is: CHROMIUM_PATH, else the first of CHROMIUM_CANDIDATES that is installed. */
export function chromiumPath(): string {
  const wanted = process.env.CHROMIUM_PATH;
  const path = wanted ?? CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    throw new Error(
      `Chromium not found at ${wanted ?? CHROMIUM_CANDIDATES.join(' or ')}. ` +
        'Install it (apt-get install -y chromium-headless-shell, or chromium) or set CHROMIUM_PATH.',
    );
  }
  return path;
}

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65), repeated because Chromium
 * reads only the last `--disable-features` switch.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
];

/** How Chromium is started here, alone or as the test run's shared browser. */
export function chromiumOptions(): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // RenderDocument gives every navigation a new frame host in the browser; without it a
      // page load costs about a quarter less CPU here. Each page is still a new document.
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'RenderDocument'].join(',')}`,
    ],
  };
}

/**
 * A headless Chromium of the caller's own: a connection to the test run's shared browser when
 * there is one, else a new browser. Either way `close()` ends it, with every context it opened.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT];
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch(chromiumOptions());
}

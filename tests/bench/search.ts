// Search benchmark on the built site (expects dist/; builds nothing): prints the index size,
// the bytes a first query fetches, and the time from keystroke to results in Chromium.
// Figures, not pass/fail: they depend on the machine. Run with `npm run bench:search`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type StaticServer } from '../support/server.ts';
import { assertBuilt, fileOf, readPage, SITE_DIR } from '../support/site.ts';

const START_PAGE = '2022/oekonomiudvalget/omraader/beredskab/';
const FIRST_QUERY = 'sygedagpenge';
const WARM_QUERIES = ['brandhaner', '05.57.73', 'ældreområdet', 'førtidspension', 'kontanthjælp', '57.73', 'budgetgrundlag', '05.57', 'oekonomi', '989,0 mio.', 'KL'];
const RUNS = 5;

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const inner = folderBytes(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Types a query into the header box and returns ms from its last keystroke to the results on screen. */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const state = { lastKey: 0 };
    document.addEventListener('keydown', () => (state.lastKey = performance.now()), { capture: true });
    (window as unknown as { benchState: typeof state }).benchState = state;
  });
  await page.locator('#sitesoeg-q').fill('');
  await page.locator('#sitesoeg-q').focus();
  await page.keyboard.type(query);
  // Polling on animation frames: the first frame that shows this query's count.
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const status = document.querySelector('#sitesoeg-q-status')?.textContent ?? '';
          if (status.includes(`»${q}«`)) {
            resolve(performance.now() - (window as unknown as { benchState: { lastKey: number } }).benchState.lastKey);
          } else requestAnimationFrame(check);
        };
        check();
      }),
    query,
  );
}

interface Fetched {
  path: string;
  /** The file as the local server sends it (no compression). */
  bytes: number;
  /** As a host that gzips text would send it; Pagefind's index files are compressed already. */
  gzipped: number;
}

/** What loading search and running a first query fetches, on top of the page itself. */
async function firstQueryFetches(browser: Browser, server: StaticServer): Promise<Fetched[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${START_PAGE}`, { waitUntil: 'networkidle' });
  const paths = new Set<string>();
  page.on('request', (request) => paths.add(new URL(request.url()).pathname));
  await timeQuery(page, FIRST_QUERY);
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...paths].map((path) => {
    const file = readFileSync(fileOf(path));
    const compressible = /\.(js|json|css|html)$/.test(path);
    return { path, bytes: file.length, gzipped: compressible ? gzipSync(file, { level: 9 }).length : file.length };
  });
}

/** Prints the search figures for the site in dist/. */
export async function bench(): Promise<void> {
  assertBuilt();
  const index = folderBytes(join(SITE_DIR, 'pagefind'));
  const [script] = readPage(START_PAGE).querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '');
  const scriptBytes = script ? gzipSync(readFileSync(join(SITE_DIR, script)), { level: 9 }).length : 0;

  const server = await serveSite(SITE_DIR);
  const browser = await launchBrowser();
  try {
    const fetched = (await firstQueryFetches(browser, server)).sort((a, b) => b.bytes - a.bytes);
    const sum = (key: 'bytes' | 'gzipped') => fetched.reduce((total, file) => total + file[key], 0);

    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${START_PAGE}`, { waitUntil: 'networkidle' });
      cold.push(await timeQuery(page, FIRST_QUERY));
      for (const query of WARM_QUERIES) warm.push(await timeQuery(page, query));
      await context.close();
    }

    console.log('Search benchmark (dist/, Chromium, local HTTP)');
    console.log(`  index size (dist/pagefind)        ${kb(index.bytes)} in ${index.files} files`);
    console.log(`  script on every page (gzipped)    ${scriptBytes} B`);
    console.log(`  bytes fetched for a first query   ${kb(sum('bytes'))} as served here, ${kb(sum('gzipped'))} from a host that gzips`);
    console.log(`      ("${FIRST_QUERY}" typed into the header box of /${START_PAGE}; per file, served / gzipped:)`);
    for (const file of fetched) console.log(`      ${kb(file.bytes).padStart(9)} ${kb(file.gzipped).padStart(9)}  ${file.path}`);
    console.log(`  keystroke → results, first query  median ${median(cold).toFixed(0)} ms over ${RUNS} fresh pages (loads UI + index)`);
    console.log(`  keystroke → results, later query  median ${median(warm).toFixed(0)} ms over ${warm.length} queries`);
  } finally {
    await browser.close();
    await server.close();
  }
}

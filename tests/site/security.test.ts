// The site under its own security headers (public/_headers): nothing inline that a strict CSP
// would block, every page works under that CSP in Chromium, and no request leaves the origin.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { parseCsp, parseHeadersFile } from '../support/headers.ts';
import { serveSite, type StaticServer } from '../support/server.ts';
import { assertBuilt, listPages, readPage, SITE_DIR } from '../support/site.ts';

const HEADERS_FILE = join(SITE_DIR, '_headers');
const PAGES = existsSync(SITE_DIR) ? listPages() : [];
// Script elements that hold data, not code; a CSP does not run them.
const DATA_SCRIPT_TYPES = ['application/json', 'application/ld+json'];

/** The headers the `_headers` file sends for every path ("/*"). */
function siteHeaders(): Record<string, string> {
  const rule = parseHeadersFile(readFileSync(HEADERS_FILE, 'utf-8')).find((r) => r.path === '/*');
  if (!rule) throw new Error(`${HEADERS_FILE} has no rule for /*`);
  return rule.headers;
}

describe('the built HTML', () => {
  beforeAll(() => assertBuilt());

  it('has no inline scripts, inline event handlers, style attributes, style elements or javascript: URLs', () => {
    const found: string[] = [];
    for (const path of PAGES) {
      const page = readPage(path);
      for (const script of page.querySelectorAll('script')) {
        const type = script.getAttribute('type') ?? '';
        if (!script.hasAttribute('src') && !DATA_SCRIPT_TYPES.includes(type)) found.push(`${path || '/'}: inline <script> ${script.outerHTML.slice(0, 80)}`);
      }
      for (const el of page.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) {
          if (/^on/i.test(name)) found.push(`${path || '/'}: event handler ${name} on <${el.tagName.toLowerCase()}>`);
          if (name.toLowerCase() === 'style') found.push(`${path || '/'}: style attribute on <${el.tagName.toLowerCase()}>`);
        }
        if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push(`${path || '/'}: javascript: URL`);
      }
      if (page.querySelector('style')) found.push(`${path || '/'}: inline <style> element`);
    }
    expect(found).toEqual([]);
  });
});

describe('the security headers file', () => {
  beforeAll(() => assertBuilt());

  it('ships with the site and sets a strict CSP and the other headers for every path', () => {
    const headers = siteHeaders();
    const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
    expect(csp['default-src']).toEqual(["'self'"]);
    // WebAssembly compilation only (the search index reader), never eval of JavaScript.
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });
});

describe('every page served with the site’s own headers', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    assertBuilt();
    server = await serveSite(SITE_DIR, { headers: siteHeaders() });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page that records CSP violations (from events and the console) and every request. */
  async function openRecorded(): Promise<{ page: Page; violations: string[]; requests: string[] }> {
    const page = await browser.newPage();
    const violations: string[] = [];
    const requests: string[] = [];
    // Init scripts come from the browser, not the page, so the CSP under test does not block them.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|CSP violation/i.test(text)) violations.push(text);
    });
    page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    return { page, violations, requests };
  }

  for (const path of PAGES) {
    it(`${path || '/'} runs without a CSP violation and requests nothing from another origin`, async () => {
      const { page, violations, requests } = await openRecorded();
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      // Search enhances the header's search field: use it as a visitor would.
      const search = page.locator('input[type="search"]').first();
      if ((await search.count()) > 0 && (await search.isVisible())) {
        await search.focus();
        await search.pressSequentially('beredskab');
        await page.waitForLoadState('networkidle');
      }
      // Charts draw when they come into view; scroll through the page so they all do.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const blank = await page.evaluate(() =>
        [...document.querySelectorAll('canvas')]
          .filter((canvas) => canvas.getClientRects().length > 0)
          .filter((canvas) => {
            const context = canvas.getContext('2d');
            if (!context || canvas.width === 0 || canvas.height === 0) return true;
            return !context.getImageData(0, 0, canvas.width, canvas.height).data.some((value) => value !== 0);
          })
          .map((canvas) => canvas.id || canvas.getAttribute('aria-label') || 'canvas'),
      );
      await page.close();
      expect(violations).toEqual([]);
      expect(blank, 'charts that drew nothing').toEqual([]);
      const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url));
      expect(foreign).toEqual([]);
    });
  }

  it('lets Pagefind load its WebAssembly and find an area under the CSP', async () => {
    const { page, violations } = await openRecorded();
    await page.goto(server.url);
    // A string, not a function: Vitest would rewrite a dynamic import() inside a function.
    const titles = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${server.url}pagefind/pagefind.js`)});
      const search = await pagefind.search('beredskab');
      const results = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
      return results.map((r) => r.meta.title);
    })()`)) as string[];
    await page.close();
    expect(violations).toEqual([]);
    expect(titles.join(' | ')).toContain('Beredskab');
  });
});
